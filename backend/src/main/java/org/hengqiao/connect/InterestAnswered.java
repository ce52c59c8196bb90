package org.hengqiao.connect;

import org.jspecify.annotations.Nullable;

/**
 * The posting's owner accepted or declined an interest; {@code conversationId} is the conversation an acceptance
 * opened. Published within the transaction that decided it.
 */
public record InterestAnswered(long interestId, long postingId, long postingOrganisationId,
		long interestedOrganisationId, boolean accepted, @Nullable Long conversationId, long answeredBy) {
}
