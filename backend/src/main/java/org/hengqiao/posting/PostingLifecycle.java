package org.hengqiao.posting;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.system.InvalidInput;
import org.hengqiao.system.InvalidInput.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves postings through their lifecycle on behalf of the person asking, after checking they may. */
@Service
class PostingLifecycle {

	private final PostingWorkflow workflow;

	private final PostingAccess access;

	private final PostingJournal journal;

	private final Actors actors;

	PostingLifecycle(PostingWorkflow workflow, PostingAccess access, PostingJournal journal, Actors actors) {
		this.workflow = workflow;
		this.access = access;
		this.journal = journal;
		this.actors = actors;
	}

	@Transactional
	PostingState submit(PostingKind kind, long id, @Nullable Long version) {
		return perform(kind, id, PostingAction.SUBMIT, version, null, AuditAction.SUBMITTED, (posting, now) -> {
			List<FieldError> problems = posting.submissionProblems(this.workflow.today());
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			posting.submit(now);
		});
	}

	@Transactional
	PostingState approve(PostingKind kind, long id, @Nullable Long version) {
		return perform(kind, id, PostingAction.APPROVE, version, null, AuditAction.APPROVED, Posting::approve);
	}

	@Transactional
	PostingState reject(PostingKind kind, long id, String reason, @Nullable Long version) {
		String why = reason.strip();
		return perform(kind, id, PostingAction.REJECT, version, why, AuditAction.REJECTED,
				(posting, now) -> posting.reject(why, now));
	}

	@Transactional
	PostingState withdraw(PostingKind kind, long id, @Nullable String reason, @Nullable Long version) {
		return perform(kind, id, PostingAction.WITHDRAW, version, reason, AuditAction.WITHDRAWN, Posting::withdraw);
	}

	@Transactional
	PostingState startNegotiation(PostingKind kind, long id, @Nullable Long version) {
		return perform(kind, id, PostingAction.NEGOTIATE, version, null, AuditAction.NEGOTIATION_STARTED,
				Posting::startNegotiation);
	}

	@Transactional
	PostingState close(PostingKind kind, long id, CloseOutcome outcome, @Nullable String reason,
			@Nullable Long version) {
		return perform(kind, id, PostingAction.CLOSE, version, reason != null ? outcome + ": " + reason : outcome.name(),
				AuditAction.CLOSED, (posting, now) -> posting.close(outcome, now));
	}

	/**
	 * The checks in the order a caller can act on them: a posting they cannot see is not found (404), an action
	 * their role does not allow is forbidden (403), one the status does not allow conflicts (409), as does a stale
	 * version; submitting needs a verified organisation (403).
	 */
	private PostingState perform(PostingKind kind, long id, PostingAction action, @Nullable Long version,
			@Nullable String reason, AuditAction recorded, BiConsumer<Posting, Instant> transition) {
		Actor actor = this.actors.required();
		Posting posting = this.workflow.lockedFor(actor, id, Posting.class);
		if (posting.kind() != kind) {
			throw new PostingNotFound(id);
		}
		if (!this.access.mayAttempt(actor, posting, action)) {
			throw new ActionNotAllowed(action.name());
		}
		PostingStatus from = posting.status();
		if (!action.isLegalFrom(from)) {
			throw new IllegalTransition(from, java.util.Objects.requireNonNull(action.target()));
		}
		if (version != null && version != posting.version()) {
			throw new StaleVersion(posting.version());
		}
		if (PostingAccess.needsVerification(action, posting)) {
			this.workflow.requireVerified(posting);
		}
		Instant now = this.workflow.now();
		transition.accept(posting, now);
		this.journal.record(posting, Editor.of(actor), recorded, from, reason, List.of(), now);
		return new PostingState(posting.id(), posting.kind(), posting.status(), posting.version(),
				this.access.allowedActions(actor, posting, this.workflow.isVerified(posting.organisationId())));
	}

}
