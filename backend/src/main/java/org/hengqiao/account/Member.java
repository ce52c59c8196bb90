package org.hengqiao.account;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A person in an organisation, as its admins see them: active members and pending join requests alike.
 *
 * @param registeredAt when the account was created (for a join request: when it was asked)
 */
public record Member(long accountId, String displayName, String email, @Nullable String phone,
		MembershipStatus status, Set<Role> roles, Instant registeredAt) {
}
