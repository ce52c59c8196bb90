package org.hengqiao.posting;

import java.util.List;
import java.util.Optional;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confidential part of a posting: written by the owner's members, never indexed or shown in public views.
 * Changing it does not send a published posting back to review, because nobody but the owner and the parties it
 * chooses to converse with ever reads it; the change is recorded in the audit log without its text.
 */
@Service
public class ConfidentialDetails {

	public static final int MAX_LENGTH = 4000;

	private final Postings postings;

	private final PostingWorkflow workflow;

	private final PostingAccess access;

	private final PostingJournal journal;

	private final Actors actors;

	ConfidentialDetails(Postings postings, PostingWorkflow workflow, PostingAccess access, PostingJournal journal,
			Actors actors) {
		this.postings = postings;
		this.workflow = workflow;
		this.access = access;
		this.journal = journal;
		this.actors = actors;
	}

	/** Replaces the confidential details (blank removes them); owner's members only. */
	@Transactional
	@Nullable String update(PostingKind kind, long postingId, @Nullable String text) {
		Actor actor = this.actors.required();
		Posting posting = this.workflow.lockedFor(actor, postingId, Posting.class);
		if (posting.kind() != kind) {
			throw new PostingNotFound(postingId);
		}
		if (!this.access.isOwner(actor, posting)) {
			throw new ActionNotAllowed(PostingAction.EDIT.name());
		}
		String value = text == null || text.isBlank() ? null : text.strip();
		if (value != null && value.length() > MAX_LENGTH) {
			throw InvalidInput.of("confidentialDetails", "posting.confidential.tooLong", MAX_LENGTH);
		}
		if (java.util.Objects.equals(value, posting.confidentialDetails())) {
			return value;
		}
		var now = this.workflow.now();
		posting.reviseConfidentialDetails(value, now);
		this.journal.record(posting, Editor.of(actor), AuditAction.EDITED, posting.status(), null,
				List.of(new PostingJournal.FieldChange("confidentialDetails", null, null)), now);
		return value;
	}

	/**
	 * The confidential details of a posting, whoever asks: the caller (the connect module) decides who may see
	 * them.
	 */
	@Transactional(readOnly = true)
	public Optional<String> of(long postingId) {
		return this.postings.findById(postingId).map(Posting::confidentialDetails);
	}

	/** The owning organisation of a posting, for modules that decide who may act on its confidential part. */
	@Transactional(readOnly = true)
	public Optional<Long> ownerOf(long postingId) {
		return this.postings.findById(postingId).map(Posting::organisationId);
	}

}
