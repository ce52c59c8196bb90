package org.hengqiao.connect;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** The conversation an accepted interest opens between the posting's owner and the interested organisation. */
@Entity
@Table(name = "conversation")
class Conversation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long interestId;

	private long postingId;

	private @Nullable Long offeredPostingId;

	private long ownerOrganisationId;

	private long interestedOrganisationId;

	private Instant createdAt;

	private Instant lastActivityAt;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected Conversation() {
	}

	Conversation(Interest interest, Instant now) {
		this.interestId = interest.id();
		this.postingId = interest.postingId();
		this.offeredPostingId = interest.offeredPostingId();
		this.ownerOrganisationId = interest.postingOrganisationId();
		this.interestedOrganisationId = interest.interestedOrganisationId();
		this.createdAt = now;
		this.lastActivityAt = now;
	}

	void touched(Instant now) {
		this.lastActivityAt = now;
	}

	boolean involves(long organisationId) {
		return this.ownerOrganisationId == organisationId || this.interestedOrganisationId == organisationId;
	}

	/** The other side from the given organisation's point of view. */
	long otherSide(long organisationId) {
		return organisationId == this.ownerOrganisationId ? this.interestedOrganisationId : this.ownerOrganisationId;
	}

	long id() {
		return Objects.requireNonNull(this.id, "conversation not saved yet");
	}

	long interestId() {
		return this.interestId;
	}

	long postingId() {
		return this.postingId;
	}

	@Nullable Long offeredPostingId() {
		return this.offeredPostingId;
	}

	long ownerOrganisationId() {
		return this.ownerOrganisationId;
	}

	long interestedOrganisationId() {
		return this.interestedOrganisationId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant lastActivityAt() {
		return this.lastActivityAt;
	}

}
