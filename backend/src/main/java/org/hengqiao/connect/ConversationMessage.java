package org.hengqiao.connect;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One message in a conversation, from a member of one of its two organisations. */
@Entity
@Table(name = "conversation_message")
class ConversationMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long conversationId;

	private long senderOrganisationId;

	private long senderAccountId;

	@Column(name = "body")
	private String text;

	private Instant createdAt;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected ConversationMessage() {
	}

	ConversationMessage(long conversationId, long senderOrganisationId, long senderAccountId, String text,
			Instant now) {
		this.conversationId = conversationId;
		this.senderOrganisationId = senderOrganisationId;
		this.senderAccountId = senderAccountId;
		this.text = text;
		this.createdAt = now;
	}

	long id() {
		return Objects.requireNonNull(this.id, "message not saved yet");
	}

	long conversationId() {
		return this.conversationId;
	}

	long senderOrganisationId() {
		return this.senderOrganisationId;
	}

	long senderAccountId() {
		return this.senderAccountId;
	}

	String text() {
		return this.text;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
