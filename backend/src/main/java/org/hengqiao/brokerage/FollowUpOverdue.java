package org.hengqiao.brokerage;

/** A follow-up's due day passed before it was done; published once per follow-up, for notifications. */
public record FollowUpOverdue(long brokerAccountId, long agencyOrganisationId, long followUpId) {
}
