package org.hengqiao.connect;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** Who accepted which NDA document (by id and digest) in which conversation, and when. */
@Entity
@Table(name = "nda_acceptance")
class NdaAcceptance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long conversationId;

	private long ndaDocumentId;

	private String sha256;

	private long organisationId;

	private long acceptedBy;

	private Instant acceptedAt;

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected NdaAcceptance() {
	}

	NdaAcceptance(long conversationId, NdaDocument document, long organisationId, long acceptedBy, Instant now) {
		this.conversationId = conversationId;
		this.ndaDocumentId = document.id();
		this.sha256 = document.sha256();
		this.organisationId = organisationId;
		this.acceptedBy = acceptedBy;
		this.acceptedAt = now;
	}

	long ndaDocumentId() {
		return this.ndaDocumentId;
	}

	String sha256() {
		return this.sha256;
	}

	long organisationId() {
		return this.organisationId;
	}

	long acceptedBy() {
		return this.acceptedBy;
	}

	Instant acceptedAt() {
		return this.acceptedAt;
	}

}
