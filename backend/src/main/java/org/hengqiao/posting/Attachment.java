package org.hengqiao.posting;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A file attached to a posting; its bytes live in the attachment store under {@code storeKey}. */
@Entity
@Table(name = "posting_attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long postingId;

	private String storeKey;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	private @Nullable Long uploadedBy;

	private Instant uploadedAt;

	@SuppressWarnings("NullAway.Init")
	protected Attachment() {
	}

	Attachment(long postingId, String storeKey, String fileName, String contentType, long sizeBytes, String sha256,
			@Nullable Long uploadedBy, Instant uploadedAt) {
		this.postingId = postingId;
		this.storeKey = storeKey;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	long id() {
		return Objects.requireNonNull(this.id);
	}

	long postingId() {
		return this.postingId;
	}

	String storeKey() {
		return this.storeKey;
	}

	String fileName() {
		return this.fileName;
	}

	String contentType() {
		return this.contentType;
	}

	long sizeBytes() {
		return this.sizeBytes;
	}

	String sha256() {
		return this.sha256;
	}

	Instant uploadedAt() {
		return this.uploadedAt;
	}

	PostingView.AttachmentView view() {
		return new PostingView.AttachmentView(id(), this.fileName, this.contentType, this.sizeBytes, this.uploadedAt);
	}

}
