package org.hengqiao.connect;

import java.time.Instant;
import java.util.List;

import org.hengqiao.connect.InterestView.OrganisationRef;
import org.hengqiao.connect.InterestView.PostingRef;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as the caller sees it.
 *
 * @param myOrganisationId the caller's side, {@code null} for an overseeing broker
 * @param nda the posting's NDA, whether the caller must still accept it, and every acceptance
 * @param confidential the posting's confidential details, their text only when the caller may read it
 * @param opening the interest's message that opened the conversation: its first words
 */
public record ConversationView(long id, long interestId, PostingRef posting, @Nullable PostingRef offeredPosting,
		OrganisationRef ownerOrganisation, OrganisationRef interestedOrganisation, @Nullable Long myOrganisationId,
		Instant createdAt, Instant lastActivityAt, Nda nda, Confidential confidential, @Nullable Opening opening) {

	/**
	 * @param sender the interested organisation
	 * @param senderName who expressed the interest
	 * @param mine whether the caller's organisation sent it
	 */
	public record Opening(String text, OrganisationRef sender, String senderName, boolean mine, Instant sentAt) {
	}

	/**
	 * @param acceptanceRequired whether the caller's side must accept {@code document} before reading the
	 * confidential details
	 */
	public record Nda(@Nullable StoredDocument document, boolean acceptanceRequired, List<Acceptance> acceptances) {
	}

	public record Acceptance(long ndaDocumentId, String sha256, OrganisationRef organisation, String acceptedBy,
			Instant acceptedAt) {
	}

	/**
	 * @param exists whether the posting has confidential details at all
	 * @param text the details, when the caller may read them
	 */
	public record Confidential(boolean exists, @Nullable String text) {
	}

}
