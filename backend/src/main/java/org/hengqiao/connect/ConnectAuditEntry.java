package org.hengqiao.connect;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One decision recorded for good: who accepted or declined an interest, who accepted which NDA, and when. */
@Entity
@Table(name = "connect_audit")
class ConnectAuditEntry {

	enum Action {

		INTEREST_EXPRESSED, INTEREST_INTRODUCED, INTRODUCTION_CONFIRMED, INTEREST_ACCEPTED, INTEREST_DECLINED, INTEREST_WITHDRAWN,
		NDA_ATTACHED, NDA_ACCEPTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Action action;

	private @Nullable Long interestId;

	private @Nullable Long conversationId;

	private long organisationId;

	private long accountId;

	private @Nullable String detail;

	private Instant occurredAt;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected ConnectAuditEntry() {
	}

	ConnectAuditEntry(Action action, @Nullable Long interestId, @Nullable Long conversationId, long organisationId,
			long accountId, @Nullable String detail, Instant occurredAt) {
		this.action = action;
		this.interestId = interestId;
		this.conversationId = conversationId;
		this.organisationId = organisationId;
		this.accountId = accountId;
		this.detail = detail;
		this.occurredAt = occurredAt;
	}

}
