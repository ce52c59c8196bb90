package org.hengqiao.connect;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hengqiao.system.StoredFile;
import org.jspecify.annotations.Nullable;

/**
 * A non-disclosure agreement a posting's owner attached. Replacing it adds a new document and retires the old
 * one, so every acceptance keeps naming exactly the text that was accepted.
 */
@Entity
@Table(name = "nda_document")
class NdaDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long postingId;

	@Column(name = "current_nda")
	private boolean current;

	private String storeKey;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	private long uploadedBy;

	private Instant uploadedAt;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected NdaDocument() {
	}

	NdaDocument(long postingId, StoredFile stored, String fileName, long uploadedBy, Instant now) {
		this.postingId = postingId;
		this.current = true;
		this.storeKey = stored.key();
		this.fileName = fileName;
		this.contentType = stored.contentType();
		this.sizeBytes = stored.size();
		this.sha256 = stored.sha256();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	void retire() {
		this.current = false;
	}

	long id() {
		return Objects.requireNonNull(this.id, "NDA not saved yet");
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

	StoredDocument view() {
		return new StoredDocument(id(), this.fileName, this.contentType, this.sizeBytes, this.sha256,
				this.uploadedAt);
	}

}
