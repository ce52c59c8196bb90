package org.hengqiao.deal;

import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;

/**
 * A new deal on a need and/or a result. With one posting, {@code counterpartOrganisationId} names the other side (a
 * verified organisation); with both, the two owners are the sides. No broker can be named: a broker follows a deal
 * only by opening it as the broker assigned to its need, result or conversation.
 *
 * @param conversationId the conversation the parties met in; when absent, the two organisations' only conversation
 *        about the deal's postings, if they have exactly one
 */
public record DealDraft(@Nullable @Positive Long needId, @Nullable @Positive Long resultId,
		@Nullable @Positive Long counterpartOrganisationId, @Nullable @Positive Long conversationId) {
}
