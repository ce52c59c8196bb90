package org.hengqiao.organisation;

import org.hengqiao.account.MembershipStatus;

/** The outcome of a registration: the new account, and the organisation it founded or asked to join. */
public record Registered(long accountId, long organisationId, MembershipStatus membershipStatus) {
}
