package org.hengqiao.connect;

import java.time.Instant;

import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;

/**
 * An expression of interest as both sides see it.
 *
 * @param offeredPosting the interested side's own posting it offers or answers with, if any
 * @param introducedBy the broker who introduced the parties, if the interest was an introduction
 * @param conversationId the conversation its acceptance opened
 */
public record InterestView(long id, PostingRef posting, OrganisationRef postingOrganisation,
		OrganisationRef interestedOrganisation, @Nullable PostingRef offeredPosting, String message,
		InterestStatus status, @Nullable String declineReason, @Nullable PersonRef introducedBy,
		@Nullable Long conversationId, Instant createdAt, @Nullable Instant answeredAt) {

	public record PostingRef(long id, PostingKind kind, String title) {
	}

	public record OrganisationRef(long id, String name) {
	}

	public record PersonRef(long accountId, String displayName) {
	}

}
