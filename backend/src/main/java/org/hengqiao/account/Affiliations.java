package org.hengqiao.account;

import java.util.Optional;

/**
 * What the account module needs to know of the organisation a person belongs to. The organisation module provides
 * it: organisations depend on accounts (to know who is acting), so accounts cannot depend on organisations.
 */
public interface Affiliations {

	Optional<Affiliation> of(long organisationId);

}
