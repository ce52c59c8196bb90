package org.hengqiao.connect;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hengqiao.system.StoredFile;
import org.jspecify.annotations.Nullable;

/** A file sent with a message; the bytes live in the attachment store. */
@Entity
@Table(name = "message_attachment")
class MessageAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long messageId;

	private String storeKey;

	private String fileName;

	private String contentType;

	private long sizeBytes;

	private String sha256;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected MessageAttachment() {
	}

	MessageAttachment(long messageId, StoredFile stored, String fileName) {
		this.messageId = messageId;
		this.storeKey = stored.key();
		this.fileName = fileName;
		this.contentType = stored.contentType();
		this.sizeBytes = stored.size();
		this.sha256 = stored.sha256();
	}

	long id() {
		return Objects.requireNonNull(this.id, "attachment not saved yet");
	}

	long messageId() {
		return this.messageId;
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

	StoredDocument view(Instant sentAt) {
		return new StoredDocument(id(), this.fileName, this.contentType, this.sizeBytes, this.sha256, sentAt);
	}

}
