package org.hengqiao.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.matching.MatchingEngine;
import org.hengqiao.posting.ActionNotAllowed;
import org.hengqiao.posting.InterestTally;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingNotFound;
import org.hengqiao.posting.PostingReaders;
import org.hengqiao.search.SearchUnavailable;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The demand signals of an organisation's results, for its members (and operators): views, matching needs and
 * interest received. Matching runs the engine once per public result, so the portal asks for a page at a time.
 */
@Service
class ResultDemand {

	/** How many of a result's best-matching needs are considered. */
	static final int MATCH_POOL = 20;

	/**
	 * The score a match needs to count. Scores are relative to the candidate pool (the best is about 1; a
	 * conflicting criterion such as the wrong region or cooperation mode sinks a match below half).
	 */
	static final double MATCH_THRESHOLD = 0.5;

	static final int MAX_RESULTS = 50;

	private final PostingDocuments postings;

	private final PostingReaders readers;

	private final MatchingEngine matching;

	private final ObjectProvider<InterestTally> interest;

	private final Actors actors;

	ResultDemand(PostingDocuments postings, PostingReaders readers, MatchingEngine matching,
			ObjectProvider<InterestTally> interest, Actors actors) {
		this.postings = postings;
		this.readers = readers;
		this.matching = matching;
		this.interest = interest;
		this.actors = actors;
	}

	/** The signals of each named result, in id order; one the caller does not own is refused. */
	List<DemandSignals> signals(Set<Long> resultIds) {
		Actor actor = this.actors.required();
		List<PostingDocument> results = new ArrayList<>();
		for (long id : new TreeSet<>(resultIds)) {
			PostingDocument result = this.postings.find(id)
				.filter(p -> p.kind() == PostingKind.RESULT)
				.orElseThrow(() -> new PostingNotFound(id));
			if (!actor.isOperator() && !actor.isMemberOf(result.organisationId())) {
				// Someone else's draft stays unknown; a public result is known, its signals are the owner's.
				throw result.isPublic() ? new ActionNotAllowed("READ_DEMAND_SIGNALS") : new PostingNotFound(id);
			}
			results.add(result);
		}
		List<Long> ids = results.stream().map(PostingDocument::id).toList();
		Map<Long, Long> views = this.readers.counts(ids);
		InterestTally tally = this.interest.getIfAvailable();
		Map<Long, Long> interest = tally != null ? tally.received(ids) : Map.of();
		return results.stream()
			.map(result -> new DemandSignals(result.id(), views.getOrDefault(result.id(), 0L),
					matchingNeeds(result), interest.getOrDefault(result.id(), 0L)))
			.toList();
	}

	private @Nullable Integer matchingNeeds(PostingDocument result) {
		if (!result.isPublic()) {
			return null;
		}
		try {
			return (int) this.matching.forResult(result.id(), MATCH_POOL)
				.matches()
				.stream()
				.filter(match -> match.score() >= MATCH_THRESHOLD)
				.count();
		}
		catch (SearchUnavailable ex) {
			return null;
		}
	}

}
