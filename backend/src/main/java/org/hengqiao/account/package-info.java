/**
 * People and their sessions: registration, sign-in, roles, membership of an organisation. Other modules ask
 * {@link org.hengqiao.account.Actors} who is acting and decide what that person may do, and look people up through
 * {@link org.hengqiao.account.AccountDirectory}. {@link org.hengqiao.account.AccountManagement} is the application
 * service (also for demo data, with {@link org.hengqiao.account.Actors#runAs}).
 * <p>
 * Organisations depend on this module (to know who acts), so it cannot depend on them: what it needs to know of a
 * person's organisation (name, verified, a service agency?) it asks through the
 * {@link org.hengqiao.account.Affiliations} interface, which the organisation module implements. Role and
 * membership changes are published as events ({@link org.hengqiao.account.RoleGranted},
 * {@link org.hengqiao.account.RoleRevoked}, {@link org.hengqiao.account.JoinRequestDecided}) within the changing
 * transaction; the organisation module records them in its audit trail.
 */
@NullMarked
package org.hengqiao.account;

import org.jspecify.annotations.NullMarked;
