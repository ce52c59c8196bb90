package org.hengqiao.connect;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * An organisation's interest in another organisation's need or result. Only a pending interest can be answered
 * or withdrawn ({@link InterestAlreadyAnswered} otherwise); who may do so is decided by {@link Interests}.
 */
@Entity
@Table(name = "interest")
class Interest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	private long postingId;

	private long postingOrganisationId;

	private long interestedOrganisationId;

	private @Nullable Long offeredPostingId;

	private String message;

	@Enumerated(EnumType.STRING)
	private InterestStatus status;

	/** The posting id while open, so the unique index allows one open interest per organisation and posting. */
	private @Nullable Long openPostingId;

	private @Nullable String declineReason;

	private long expressedBy;

	private @Nullable Long introducedBy;

	private @Nullable Long answeredBy;

	private Instant createdAt;

	private @Nullable Instant answeredAt;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected Interest() {
	}

	Interest(long postingId, long postingOrganisationId, long interestedOrganisationId, @Nullable Long offeredPostingId,
			String message, long expressedBy, @Nullable Long introducedBy, Instant now) {
		this.postingId = postingId;
		this.postingOrganisationId = postingOrganisationId;
		this.interestedOrganisationId = interestedOrganisationId;
		this.offeredPostingId = offeredPostingId;
		this.message = message;
		this.status = InterestStatus.PENDING;
		this.openPostingId = postingId;
		this.expressedBy = expressedBy;
		this.introducedBy = introducedBy;
		this.createdAt = now;
	}

	void accept(long accountId, Instant now) {
		answer(InterestStatus.ACCEPTED, accountId, now);
	}

	void decline(long accountId, @Nullable String reason, Instant now) {
		answer(InterestStatus.DECLINED, accountId, now);
		this.declineReason = reason;
		this.openPostingId = null;
	}

	void withdraw(long accountId, Instant now) {
		answer(InterestStatus.WITHDRAWN, accountId, now);
		this.openPostingId = null;
	}

	private void answer(InterestStatus target, long accountId, Instant now) {
		if (this.status != InterestStatus.PENDING) {
			throw new InterestAlreadyAnswered(id(), this.status);
		}
		this.status = target;
		this.answeredBy = accountId;
		this.answeredAt = now;
	}

	long id() {
		return Objects.requireNonNull(this.id, "interest not saved yet");
	}

	long postingId() {
		return this.postingId;
	}

	long postingOrganisationId() {
		return this.postingOrganisationId;
	}

	long interestedOrganisationId() {
		return this.interestedOrganisationId;
	}

	@Nullable Long offeredPostingId() {
		return this.offeredPostingId;
	}

	String message() {
		return this.message;
	}

	InterestStatus status() {
		return this.status;
	}

	@Nullable String declineReason() {
		return this.declineReason;
	}

	long expressedBy() {
		return this.expressedBy;
	}

	@Nullable Long introducedBy() {
		return this.introducedBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	@Nullable Instant answeredAt() {
		return this.answeredAt;
	}

	boolean involves(long organisationId) {
		return this.postingOrganisationId == organisationId || this.interestedOrganisationId == organisationId;
	}

}
