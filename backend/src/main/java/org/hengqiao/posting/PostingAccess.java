package org.hengqiao.posting;

import java.util.ArrayList;
import java.util.List;

import org.hengqiao.account.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a posting. Every service path asks here, so a rule holds whether the request came
 * from the portal, the API or an import.
 * <ul>
 * <li>Published and in-negotiation postings are public; every other status is visible to the owning organisation's
 * members and to operators only, except that a closed posting stays readable to those a {@link ClosedPostingAccess}
 * names (the parties of a deal on it).</li>
 * <li>Members of the owning organisation edit and move their postings along; only operators moderate.</li>
 * <li>Contact details: the owner and operators always see them; otherwise {@code PUBLIC} shows them to everyone who
 * can read the posting, {@code VERIFIED_ORGANISATIONS} to members of verified organisations and brokers,
 * {@code BROKERS_ONLY} to brokers; beyond that, to organisations a {@link ContactDisclosures} discloses them to
 * (the other side of an accepted interest). Attachments follow the same rule as contacts: they carry the
 * details.</li>
 * </ul>
 */
@Component
class PostingAccess {

	private final ObjectProvider<ContactDisclosures> disclosures;

	private final ObjectProvider<ClosedPostingAccess> closedAccess;

	PostingAccess(ObjectProvider<ContactDisclosures> disclosures, ObjectProvider<ClosedPostingAccess> closedAccess) {
		this.disclosures = disclosures;
		this.closedAccess = closedAccess;
	}

	boolean canRead(@Nullable Actor actor, Posting posting) {
		return posting.status().isPublic() || isOwnerOrOperator(actor, posting) || readableWhenClosed(actor, posting);
	}

	private boolean readableWhenClosed(@Nullable Actor actor, Posting posting) {
		return actor != null && posting.status() == PostingStatus.CLOSED
				&& this.closedAccess.orderedStream().anyMatch(access -> access.grants(actor, posting.id()));
	}

	boolean isOwner(@Nullable Actor actor, Posting posting) {
		return actor != null && actor.isMemberOf(posting.organisationId());
	}

	boolean canSeeContact(@Nullable Actor actor, Posting posting) {
		if (!canRead(actor, posting)) {
			return false;
		}
		if (isOwnerOrOperator(actor, posting)) {
			return true;
		}
		boolean byVisibility = switch (posting.contactVisibility()) {
			case PUBLIC -> true;
			case VERIFIED_ORGANISATIONS ->
				actor != null && (actor.isBroker() || (actor.organisationId() != null && actor.organisationVerified()));
			case BROKERS_ONLY -> actor != null && actor.isBroker();
		};
		return byVisibility || disclosed(actor, posting);
	}

	private boolean disclosed(@Nullable Actor actor, Posting posting) {
		Long organisationId = actor != null ? actor.organisationId() : null;
		return organisationId != null && this.disclosures.orderedStream()
			.anyMatch(disclosure -> disclosure.disclosedTo(organisationId, posting.id()));
	}

	/** Whether the person's role lets them ask for the action at all, whatever the posting's status. */
	boolean mayAttempt(@Nullable Actor actor, Posting posting, PostingAction action) {
		if (actor == null) {
			return false;
		}
		return action.isModeration() ? actor.isOperator() : isOwner(actor, posting);
	}

	/** The actions the person may perform now: allowed to them, legal from the status, and (submitting) verified. */
	List<PostingAction> allowedActions(@Nullable Actor actor, Posting posting, boolean organisationVerified) {
		List<PostingAction> allowed = new ArrayList<>();
		for (PostingAction action : PostingAction.values()) {
			if (mayAttempt(actor, posting, action) && action.isLegalFrom(posting.status())
					&& (organisationVerified || !needsVerification(action, posting))) {
				allowed.add(action);
			}
		}
		return allowed;
	}

	/** Submitting, and editing a published posting (which resubmits it), need a verified organisation. */
	static boolean needsVerification(PostingAction action, Posting posting) {
		return action == PostingAction.SUBMIT
				|| (action == PostingAction.EDIT && posting.status() == PostingStatus.PUBLISHED);
	}

	private boolean isOwnerOrOperator(@Nullable Actor actor, Posting posting) {
		return actor != null && (actor.isOperator() || actor.isMemberOf(posting.organisationId()));
	}

}
