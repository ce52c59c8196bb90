package org.hengqiao.posting;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import static org.hengqiao.posting.PostingStatus.DRAFT;
import static org.hengqiao.posting.PostingStatus.IN_NEGOTIATION;
import static org.hengqiao.posting.PostingStatus.PUBLISHED;
import static org.hengqiao.posting.PostingStatus.REJECTED;
import static org.hengqiao.posting.PostingStatus.SUBMITTED;

/**
 * What a person can do to a posting, with the statuses each is legal from. The detail view lists the actions the
 * caller may perform now, so the portal shows exactly the buttons that will work.
 */
public enum PostingAction {

	/**
	 * Change the content (and attachments). Editing a published posting sends it back to review: what the public
	 * sees has always been approved by an operator.
	 */
	EDIT(null, DRAFT, SUBMITTED, REJECTED, PUBLISHED),

	SUBMIT(SUBMITTED, DRAFT, REJECTED),

	APPROVE(PUBLISHED, SUBMITTED),

	REJECT(REJECTED, SUBMITTED),

	WITHDRAW(PostingStatus.WITHDRAWN, SUBMITTED, PUBLISHED, IN_NEGOTIATION),

	NEGOTIATE(IN_NEGOTIATION, PUBLISHED),

	/** A deal may be struck without the platform's negotiation step, so closing is legal from published too. */
	CLOSE(PostingStatus.CLOSED, PUBLISHED, IN_NEGOTIATION);

	private final @Nullable PostingStatus target;

	private final Set<PostingStatus> legalFrom;

	PostingAction(@Nullable PostingStatus target, PostingStatus first, PostingStatus... rest) {
		this.target = target;
		this.legalFrom = EnumSet.of(first, rest);
	}

	/** The status the action leads to; {@code null} for an edit, which keeps it (or sends it back to review). */
	public @Nullable PostingStatus target() {
		return this.target;
	}

	public boolean isLegalFrom(PostingStatus status) {
		return this.legalFrom.contains(status);
	}

	/** Only operators moderate; everything else is the owning organisation's business. */
	public boolean isModeration() {
		return this == APPROVE || this == REJECT;
	}

}
