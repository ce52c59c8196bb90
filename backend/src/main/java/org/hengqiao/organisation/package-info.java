/**
 * Organisations on the platform (enterprises, universities, institutes, service agencies, government
 * departments): their profile, unified social credit code, region, and verification by an operator, with the audit
 * trail of verification, membership and role changes ({@code organisation_event}).
 * <p>
 * Registration ({@link org.hengqiao.organisation.Registration}) lives here rather than with accounts because it
 * creates organisations, and this module already depends on accounts (for {@link org.hengqiao.account.Actors});
 * the person's account is created through {@link org.hengqiao.account.AccountManagement} in the same transaction.
 * Other modules read organisations through {@link org.hengqiao.organisation.OrganisationDirectory}; demo data and
 * start-up jobs use {@link org.hengqiao.organisation.Registration} and
 * {@link org.hengqiao.organisation.OrganisationManagement}.
 */
@NullMarked
package org.hengqiao.organisation;

import org.jspecify.annotations.NullMarked;
