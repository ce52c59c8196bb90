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
 * An organisation's interest in another organisation's need or result. A broker's introduction starts proposed and
 * becomes pending only when the introduced organisation confirms it. Only a pending interest can be answered, only
 * a proposed or pending one withdrawn ({@link InterestAlreadyAnswered} otherwise); who may do so is decided by
 * {@link Interests}.
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

	/** When the introduced organisation confirmed a broker's introduction; null for its own interests. */
	private @Nullable Instant confirmedAt;

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
		this.status = introducedBy != null ? InterestStatus.PROPOSED : InterestStatus.PENDING;
		this.openPostingId = postingId;
		this.expressedBy = expressedBy;
		this.introducedBy = introducedBy;
		this.createdAt = now;
	}

	/** The introduced organisation agrees to the broker's introduction: the owner may now see and answer it. */
	void confirm(Instant now) {
		if (this.status != InterestStatus.PROPOSED) {
			throw new InterestAlreadyAnswered(id(), this.status);
		}
		this.status = InterestStatus.PENDING;
		this.confirmedAt = now;
	}

	void accept(long accountId, Instant now) {
		answer(InterestStatus.ACCEPTED, accountId, now);
	}

	void decline(long accountId, @Nullable String reason, Instant now) {
		answer(InterestStatus.DECLINED, accountId, now);
		this.declineReason = reason;
		this.openPostingId = null;
	}

	/** The interested side takes back its interest, or declines a broker's introduction, before the owner answers. */
	void withdraw(long accountId, Instant now) {
		if (this.status == InterestStatus.PROPOSED) {
			this.status = InterestStatus.PENDING;
		}
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

	/**
	 * Whether the organisation may see the interest: the interested side always, the owner a broker's introduction
	 * only once the interested side confirmed it (one it declined never reaches the owner).
	 */
	boolean visibleTo(long organisationId) {
		return this.interestedOrganisationId == organisationId || (this.postingOrganisationId == organisationId
				&& (this.introducedBy == null || this.confirmedAt != null));
	}

	boolean involves(long organisationId) {
		return this.postingOrganisationId == organisationId || this.interestedOrganisationId == organisationId;
	}

}
