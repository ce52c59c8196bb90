package org.hengqiao.brokerage;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** Something a broker means to do about an assigned item or a deal by a day. */
@Entity
@Table(name = "follow_up")
class FollowUp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	private long brokerAccountId;

	private long agencyOrganisationId;

	@Enumerated(EnumType.STRING)
	private SubjectType subjectType;

	private long subjectId;

	private String note;

	private LocalDate dueOn;

	private Instant createdAt;

	private @Nullable Instant doneAt;

	private @Nullable Instant overdueFlaggedAt;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected FollowUp() {
	}

	FollowUp(long brokerAccountId, long agencyOrganisationId, SubjectType subjectType, long subjectId, String note,
			LocalDate dueOn, Instant createdAt) {
		this.brokerAccountId = brokerAccountId;
		this.agencyOrganisationId = agencyOrganisationId;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.note = note;
		this.dueOn = dueOn;
		this.createdAt = createdAt;
	}

	/** Marking a follow-up done twice keeps the first time. */
	void done(Instant now) {
		if (this.doneAt == null) {
			this.doneAt = now;
		}
	}

	/** Overdue: the due day has passed and it is not done. */
	boolean isOverdue(LocalDate today) {
		return this.doneAt == null && this.dueOn.isBefore(today);
	}

	FollowUpView view(LocalDate today) {
		return new FollowUpView(id(), this.brokerAccountId, this.agencyOrganisationId, this.subjectType,
				this.subjectId, this.note, this.dueOn, this.createdAt, this.doneAt, isOverdue(today),
				this.overdueFlaggedAt);
	}

	long id() {
		return java.util.Objects.requireNonNull(this.id, "not saved yet");
	}

	long brokerAccountId() {
		return this.brokerAccountId;
	}

}
