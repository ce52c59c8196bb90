package org.hengqiao.posting;

import java.time.Instant;
import java.util.List;

import org.hengqiao.organisation.OrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * The part of a posting's detail view that needs and results share, for the person asking: names in their
 * language, contact details only when they may see them ({@code contact: null} and {@code contactRestricted} naming
 * the rule otherwise), and the actions they may perform now. {@code confidentialDetails} is shown to the owner's
 * members only (the other side of an accepted interest reads it through the connect module).
 */
public record PostingView(long id, PostingKind kind, PostingStatus status, long version, String title,
		FieldRef field, List<Named> clusters, List<String> keywords, List<CooperationMode> cooperationModes,
		Amount amount, Named region, OrganisationRef organisation, ContactVisibility contactVisibility,
		@Nullable Contact contact, @Nullable ContactVisibility contactRestricted, List<AttachmentView> attachments,
		List<PostingAction> allowedActions, @Nullable String rejectionReason, @Nullable CloseOutcome outcome,
		Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt, @Nullable Instant publishedAt,
		@Nullable Instant closedAt, @Nullable String confidentialDetails) {

	/** A coded value with its name in the caller's language. */
	public record Named(String code, String name) {
	}

	/** A second-level technical field and its first-level parent. */
	public record FieldRef(String code, String name, @Nullable String parentCode, @Nullable String parentName) {
	}

	public record OrganisationRef(long id, String name, OrganisationType type, boolean verified) {
	}

	public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
	}

}
