package org.hengqiao.brokerage;

import java.util.ArrayList;
import java.util.List;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.brokerage.WorkbenchView.Item;
import org.hengqiao.brokerage.WorkbenchView.PostingRef;
import org.hengqiao.deal.DealManagement;
import org.hengqiao.matching.Match;
import org.hengqiao.matching.MatchingEngine;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.system.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Gathers the broker's workbench. Suggestions come from the matching engine, as the posting pages show them. */
@Service
public class BrokerWorkbench {

	private static final Logger log = LoggerFactory.getLogger(BrokerWorkbench.class);

	/** Suggestions per assigned posting: the workbench is an overview, the posting's page has the full list. */
	static final int SUGGESTIONS = 5;

	private final AssignmentManagement assignments;

	private final FollowUpManagement followUps;

	private final DealManagement deals;

	private final MatchingEngine matching;

	private final PostingDocuments postings;

	private final Actors actors;

	BrokerWorkbench(AssignmentManagement assignments, FollowUpManagement followUps, DealManagement deals,
			MatchingEngine matching, PostingDocuments postings, Actors actors) {
		this.assignments = assignments;
		this.followUps = followUps;
		this.deals = deals;
		this.matching = matching;
		this.postings = postings;
		this.actors = actors;
	}

	public WorkbenchView workbench() {
		Actor broker = this.actors.required();
		if (!broker.isBroker()) {
			throw new NotAllowed();
		}
		List<AssignmentView> assigned = this.assignments.views(this.assignments.of(broker.accountId()));
		List<Item> items = new ArrayList<>();
		List<AssignmentView> conversations = new ArrayList<>();
		for (AssignmentView assignment : assigned) {
			if (assignment.subjectType() == SubjectType.CONVERSATION) {
				conversations.add(assignment);
			}
			else {
				items.add(item(assignment));
			}
		}
		return new WorkbenchView(items, conversations, this.followUps.mine(false), this.deals.list(null));
	}

	private Item item(AssignmentView assignment) {
		PostingDocument posting = this.postings.find(assignment.subjectId()).orElse(null);
		if (posting == null) {
			return new Item(assignment, null, List.of(), false);
		}
		PostingRef ref = new PostingRef(posting.id(), posting.kind(), posting.title(), posting.organisationName(),
				posting.status());
		if (!posting.isPublic()) {
			return new Item(assignment, ref, List.of(), true);
		}
		try {
			List<Match> matches = assignment.subjectType() == SubjectType.NEED
					? this.matching.forNeed(posting.id(), SUGGESTIONS).matches()
					: this.matching.forResult(posting.id(), SUGGESTIONS).matches();
			return new Item(assignment, ref, matches, true);
		}
		catch (DomainException ex) {
			// Search unavailable: the workbench still shows the assignments and follow-ups.
			log.debug("No suggestions for posting {}: {}", posting.id(), ex.code());
			return new Item(assignment, ref, List.of(), false);
		}
	}

}
