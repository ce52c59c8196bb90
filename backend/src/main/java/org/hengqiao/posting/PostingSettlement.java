package org.hengqiao.posting;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status changes a posting undergoes because of a deal the platform tracks, not because its owner asked for them on
 * the posting: a deal in negotiation puts it in negotiation, a signed contract closes it as matched, a lost deal
 * gives it back to the public, and a disputed or voided deal reopens the posting its contract closed. The deal module decides who may move a deal (members of the organisations involved
 * and their broker act on the owner's behalf there); each change here is journalled like any other, against that
 * person, with the deal as the reason, and publishes {@link PostingChanged}.
 * <p>
 * Each method changes a posting only from the statuses where the change makes sense and reports whether it did: a
 * posting withdrawn meanwhile, or closed by another deal, is left as it is.
 */
@Service
public class PostingSettlement {

	private final Postings postings;

	private final PostingJournal journal;

	private final PostingWorkflow workflow;

	PostingSettlement(Postings postings, PostingJournal journal, PostingWorkflow workflow) {
		this.postings = postings;
		this.journal = journal;
		this.workflow = workflow;
	}

	/** Published → in negotiation. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean startNegotiation(long postingId, Editor editor, String reason) {
		return change(postingId, PostingStatus.PUBLISHED, editor, AuditAction.NEGOTIATION_STARTED, reason,
				Posting::startNegotiation);
	}

	/** In negotiation → published again. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean endNegotiation(long postingId, Editor editor, String reason) {
		return change(postingId, PostingStatus.IN_NEGOTIATION, editor, AuditAction.NEGOTIATION_ENDED, reason,
				Posting::resumePublication);
	}

	/** Published or in negotiation → closed as {@link CloseOutcome#MATCHED}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean closeMatched(long postingId, Editor editor, String reason) {
		Posting posting = locked(postingId);
		if (!PostingAction.CLOSE.isLegalFrom(posting.status())) {
			return false;
		}
		PostingStatus from = posting.status();
		Instant now = this.workflow.now();
		posting.close(CloseOutcome.MATCHED, now);
		this.journal.record(posting, editor, AuditAction.CLOSED, from, CloseOutcome.MATCHED + ": " + reason, List.of(),
				now);
		return true;
	}

	/**
	 * Closed as {@link CloseOutcome#MATCHED} by the given reason's deal → published again, when that deal is disputed
	 * or voided. Only the closing this settlement journalled with the same reason is undone: a posting its owner
	 * closed, or another deal's contract closed, stays closed.
	 * @param closedFor the reason the posting was closed with ({@link #closeMatched})
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean reopenMatched(long postingId, Editor editor, String reason, String closedFor) {
		Posting posting = locked(postingId);
		if (posting.status() != PostingStatus.CLOSED || posting.outcome() != CloseOutcome.MATCHED
				|| !this.journal.lastClosingReason(postingId)
					.filter((CloseOutcome.MATCHED + ": " + closedFor)::equals)
					.isPresent()) {
			return false;
		}
		Instant now = this.workflow.now();
		posting.reopen(now);
		this.journal.record(posting, editor, AuditAction.REOPENED, PostingStatus.CLOSED, reason, List.of(), now);
		return true;
	}

	/** The posting's status now, read under the same row lock the changes take. */
	@Transactional(propagation = Propagation.MANDATORY)
	public PostingStatus lockedStatus(long postingId) {
		return locked(postingId).status();
	}

	private boolean change(long postingId, PostingStatus required, Editor editor, AuditAction recorded, String reason,
			java.util.function.BiConsumer<Posting, Instant> transition) {
		Posting posting = locked(postingId);
		if (posting.status() != required) {
			return false;
		}
		Instant now = this.workflow.now();
		transition.accept(posting, now);
		this.journal.record(posting, editor, recorded, required, reason, List.of(), now);
		return true;
	}

	private Posting locked(long postingId) {
		return this.postings.findForUpdate(postingId).orElseThrow(() -> new PostingNotFound(postingId));
	}

}
