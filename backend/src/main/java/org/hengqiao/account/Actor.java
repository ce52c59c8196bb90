package org.hengqiao.account;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person a request acts for, as the services see them. It is the principal of the session's
 * authentication and is refreshed from the database on every request, so a verification or a role granted
 * meanwhile takes effect at once.
 *
 * @param accountId the person's account
 * @param displayName how the person is shown to others
 * @param organisationId the organisation they are an active member of, if any
 * @param organisationVerified whether that organisation has been verified by an operator
 * @param roles the person's roles
 */
public record Actor(long accountId, String displayName, @Nullable Long organisationId, boolean organisationVerified,
		Set<Role> roles) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public boolean is(Role role) {
		return this.roles.contains(role);
	}

	public boolean isOperator() {
		return is(Role.OPERATOR);
	}

	public boolean isBroker() {
		return is(Role.BROKER);
	}

	/** Whether the person acts for the given organisation (a pending join request does not count). */
	public boolean isMemberOf(long organisation) {
		return this.organisationId != null && this.organisationId == organisation;
	}

	public boolean isAdminOf(long organisation) {
		return isMemberOf(organisation) && is(Role.ORG_ADMIN);
	}

}
