package org.hengqiao.deal;

import java.util.Optional;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.connect.InterestView;
import org.hengqiao.connect.Interests;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingNotFound;
import org.hengqiao.posting.PostingStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The viewer's relation to a posting, in one read. Here because it joins the connect module's interests and
 * conversations with this module's deals. Only the viewer's own organisation's interest and deals are ever
 * looked at, so the answer tells nobody about another organisation; a posting the viewer may not read (not public,
 * not theirs, not one they have an interest or a deal in) is not found, as everywhere.
 */
@Service
public class PostingRelations {

	private final Actors actors;

	private final PostingDocuments postings;

	private final Interests interests;

	private final Deals deals;

	PostingRelations(Actors actors, PostingDocuments postings, Interests interests, Deals deals) {
		this.actors = actors;
		this.postings = postings;
		this.interests = interests;
		this.deals = deals;
	}

	@Transactional(readOnly = true)
	public PostingRelation of(long postingId) {
		Actor actor = this.actors.required();
		PostingDocument posting = this.postings.find(postingId).orElseThrow(() -> new PostingNotFound(postingId));
		Long organisation = actor.organisationId();
		boolean own = organisation != null && posting.organisationId() == organisation;
		Optional<InterestView> interest = organisation == null || own ? Optional.empty()
				: this.interests.latest(postingId, organisation);
		Optional<Deal> deal = organisation == null ? Optional.empty()
				: this.deals.findOnPostingOf(postingId, organisation).stream().findFirst();
		if (!posting.isPublic() && !own && !actor.isOperator() && interest.isEmpty() && deal.isEmpty()) {
			throw new PostingNotFound(postingId);
		}
		boolean party = organisation != null && !own && actor.organisationVerified() && !actor.isBroker();
		boolean interestOpen = interest.map(found -> found.status().isOpen()).orElse(false);
		boolean dealRunning = deal.map(found -> !found.stage().isFinished()).orElse(false);
		boolean openForDeal = posting.status() == PostingStatus.PUBLISHED
				|| posting.status() == PostingStatus.IN_NEGOTIATION;
		return new PostingRelation(postingId, own,
				interest.map(found -> new PostingRelation.InterestRef(found.id(), found.status())).orElse(null),
				interest.map(InterestView::conversationId).orElse(null),
				deal.map(found -> new PostingRelation.DealRef(found.id(), found.stage(), found.isConfirmed()))
					.orElse(null),
				party && posting.isPublic() && !interestOpen, party && openForDeal && !dealRunning);
	}

}
