package org.hengqiao.deal;

import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;

/**
 * A new deal on a need and/or a result. With one posting, {@code counterpartOrganisationId} names the other side;
 * with both, the two owners are the sides.
 *
 * @param conversationId the conversation the parties met in; when absent, the two organisations' only conversation
 *        about the deal's postings, if they have exactly one
 * @param brokerAccountId the broker following the deal; a broker creating a deal follows it themself
 */
public record DealDraft(@Nullable @Positive Long needId, @Nullable @Positive Long resultId,
		@Nullable @Positive Long counterpartOrganisationId, @Nullable @Positive Long conversationId,
		@Nullable @Positive Long brokerAccountId) {
}
