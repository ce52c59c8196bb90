package org.hengqiao.brokerage;

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
 * An organisation asks a broker (or any broker, for an operator to pick) for help with one of its postings or
 * conversations. Only a pending request is answered or withdrawn ({@link RequestAlreadyAnswered} otherwise).
 */
@Entity
@Table(name = "broker_request")
class BrokerRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	private long requesterOrganisationId;

	private long requestedBy;

	@Enumerated(EnumType.STRING)
	private SubjectType subjectType;

	private long subjectId;

	private @Nullable Long brokerAccountId;

	private String message;

	@Enumerated(EnumType.STRING)
	private RequestStatus status;

	private @Nullable Long answeredBy;

	private @Nullable Instant answeredAt;

	private Instant createdAt;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected BrokerRequest() {
	}

	BrokerRequest(long requesterOrganisationId, long requestedBy, SubjectType subjectType, long subjectId,
			@Nullable Long brokerAccountId, String message, Instant now) {
		this.requesterOrganisationId = requesterOrganisationId;
		this.requestedBy = requestedBy;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.brokerAccountId = brokerAccountId;
		this.message = message;
		this.status = RequestStatus.PENDING;
		this.createdAt = now;
	}

	/** The broker takes the work on; for a request to any broker, the broker an operator assigned. */
	void accept(long brokerAccountId, long accountId, Instant now) {
		answer(RequestStatus.ACCEPTED, accountId, now);
		this.brokerAccountId = brokerAccountId;
	}

	void decline(long accountId, Instant now) {
		answer(RequestStatus.DECLINED, accountId, now);
	}

	void withdraw(long accountId, Instant now) {
		answer(RequestStatus.WITHDRAWN, accountId, now);
	}

	private void answer(RequestStatus target, long accountId, Instant now) {
		if (this.status != RequestStatus.PENDING) {
			throw new RequestAlreadyAnswered(id(), this.status);
		}
		this.status = target;
		this.answeredBy = accountId;
		this.answeredAt = now;
	}

	long id() {
		return Objects.requireNonNull(this.id, "request not saved yet");
	}

	long requesterOrganisationId() {
		return this.requesterOrganisationId;
	}

	SubjectType subjectType() {
		return this.subjectType;
	}

	long subjectId() {
		return this.subjectId;
	}

	@Nullable Long brokerAccountId() {
		return this.brokerAccountId;
	}

	boolean isForAnyBroker() {
		return this.status == RequestStatus.PENDING && this.brokerAccountId == null;
	}

	String message() {
		return this.message;
	}

	RequestStatus status() {
		return this.status;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	@Nullable Instant answeredAt() {
		return this.answeredAt;
	}

}
