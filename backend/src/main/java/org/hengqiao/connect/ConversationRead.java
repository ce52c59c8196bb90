package org.hengqiao.connect;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** How far one organisation has read a conversation: its read receipt for the other side. */
@Entity
@Table(name = "conversation_read")
class ConversationRead {

	@EmbeddedId
	private Key key;

	private long lastReadMessageId;

	private Instant readAt;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected ConversationRead() {
	}

	ConversationRead(long conversationId, long organisationId, long lastReadMessageId, Instant now) {
		this.key = new Key(conversationId, organisationId);
		this.lastReadMessageId = lastReadMessageId;
		this.readAt = now;
	}

	/** Moves the mark forward only: a late request for an older message never un-reads newer ones. */
	void readUpTo(long messageId, Instant now) {
		if (messageId > this.lastReadMessageId) {
			this.lastReadMessageId = messageId;
			this.readAt = now;
		}
	}

	long lastReadMessageId() {
		return this.lastReadMessageId;
	}

	long organisationId() {
		return this.key.organisationId;
	}

	@Embeddable
	static class Key implements Serializable {

		private long conversationId;

		private long organisationId;

		protected Key() {
		}

		Key(long conversationId, long organisationId) {
			this.conversationId = conversationId;
			this.organisationId = organisationId;
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Key key && key.conversationId == this.conversationId
					&& key.organisationId == this.organisationId;
		}

		@Override
		public int hashCode() {
			return Long.hashCode(this.conversationId) * 31 + Long.hashCode(this.organisationId);
		}

	}

}
