package org.hengqiao.brokerage;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A broker assigned to a need, a result or a conversation, on behalf of their service agency. */
@Entity
@Table(name = "broker_assignment")
class BrokerAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long brokerAccountId;

	private long agencyOrganisationId;

	@Enumerated(EnumType.STRING)
	private SubjectType subjectType;

	private long subjectId;

	private long assignedBy;

	/** The organisation's request this assignment answers, if any. */
	private @Nullable Long requestId;

	private Instant assignedAt;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected BrokerAssignment() {
	}

	BrokerAssignment(long brokerAccountId, long agencyOrganisationId, SubjectType subjectType, long subjectId,
			long assignedBy, @Nullable Long requestId, Instant assignedAt) {
		this.brokerAccountId = brokerAccountId;
		this.agencyOrganisationId = agencyOrganisationId;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.assignedBy = assignedBy;
		this.requestId = requestId;
		this.assignedAt = assignedAt;
	}

	long id() {
		return java.util.Objects.requireNonNull(this.id, "not saved yet");
	}

	long brokerAccountId() {
		return this.brokerAccountId;
	}

	long agencyOrganisationId() {
		return this.agencyOrganisationId;
	}

	SubjectType subjectType() {
		return this.subjectType;
	}

	long subjectId() {
		return this.subjectId;
	}

	Instant assignedAt() {
		return this.assignedAt;
	}

}
