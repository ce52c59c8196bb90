package org.hengqiao.account;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who the portal is talking to. For someone whose join request is pending, the organisation is the one they asked
 * to join and {@code membershipStatus} is {@code PENDING}: they act for no organisation yet.
 */
record SessionView(boolean authenticated, @Nullable Long accountId, @Nullable String displayName,
		@Nullable String email, List<Role> roles, @Nullable Long organisationId, @Nullable String organisationName,
		@Nullable String organisationType, boolean organisationVerified, @Nullable MembershipStatus membershipStatus) {

	static SessionView anonymous() {
		return new SessionView(false, null, null, null, List.of(), null, null, null, false, null);
	}

}
