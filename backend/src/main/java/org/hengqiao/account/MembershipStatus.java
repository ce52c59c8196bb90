package org.hengqiao.account;

/** Where a person stands with the organisation they registered with. */
public enum MembershipStatus {

	/** Asked to join; an admin of the organisation has not approved yet. The person acts for no organisation. */
	PENDING,

	/** Acts for the organisation. */
	ACTIVE

}
