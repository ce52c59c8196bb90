package org.hengqiao.account;

/**
 * An organisation admin approved or declined a person's request to join. Published within the transaction that
 * decided it.
 */
public record JoinRequestDecided(long accountId, long organisationId, boolean approved, long decidedBy) {
}
