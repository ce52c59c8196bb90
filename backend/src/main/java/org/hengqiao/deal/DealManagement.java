package org.hengqiao.deal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.hengqiao.account.AccountManagement;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.connect.ConversationNotFound;
import org.hengqiao.connect.ConversationView;
import org.hengqiao.connect.Conversations;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.posting.Editor;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingNotFound;
import org.hengqiao.posting.PostingSettlement;
import org.hengqiao.posting.StaleVersion;
import org.hengqiao.system.InvalidInput;
import org.hengqiao.system.InvalidInput.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates deals and moves them through their stages for the person acting in the current request.
 * <ul>
 * <li>Members of the two organisations and the deal's broker may read and move a deal; operators read every deal;
 * anyone else is told it does not exist.</li>
 * <li>A deal is opened by a member of either side, or by a broker assigned to its need, result or conversation
 * (who then follows it). It links the conversation it names, or else the two organisations' only conversation about
 * its postings.</li>
 * <li>While a deal is not lost, its parties and its broker keep reading its postings after the contract closed them
 * ({@link DealPartiesReadPostings}).</li>
 * <li>The postings follow the deal: at {@link DealStage#NEGOTIATING} published ones go in negotiation; at
 * {@link DealStage#CONTRACT_SIGNED} they are closed as matched; when the deal is lost, a posting it held in
 * negotiation is published again unless another deal still negotiates on it. Creating a deal changes no posting:
 * first contact commits nobody.</li>
 * </ul>
 */
@Service
public class DealManagement {

	private static final ZoneId HENGYANG = ZoneId.of("Asia/Shanghai");

	private final Deals deals;

	private final DealHistory history;

	private final DealViews views;

	private final PostingDocuments postings;

	private final PostingSettlement settlement;

	private final OrganisationDirectory organisations;

	private final AccountManagement accounts;

	private final DealBrokerage brokerage;

	private final Actors actors;

	private final Clock clock;

	private final Conversations conversations;

	DealManagement(Deals deals, DealHistory history, DealViews views, PostingDocuments postings,
			PostingSettlement settlement, OrganisationDirectory organisations, AccountManagement accounts,
			DealBrokerage brokerage, Actors actors, Clock clock, Conversations conversations) {
		this.deals = deals;
		this.history = history;
		this.views = views;
		this.postings = postings;
		this.settlement = settlement;
		this.organisations = organisations;
		this.accounts = accounts;
		this.brokerage = brokerage;
		this.actors = actors;
		this.clock = clock;
		this.conversations = conversations;
	}

	@Transactional
	public DealView create(DealDraft draft) {
		Actor actor = this.actors.required();
		if (draft.needId() == null && draft.resultId() == null) {
			throw InvalidInput.of("needId", "deal.posting.required");
		}
		Optional<PostingDocument> need = posting(draft.needId(), PostingKind.NEED);
		Optional<PostingDocument> result = posting(draft.resultId(), PostingKind.RESULT);
		long demand;
		long supply;
		if (need.isPresent() && result.isPresent()) {
			demand = need.get().organisationId();
			supply = result.get().organisationId();
		}
		else {
			Long counterpart = draft.counterpartOrganisationId();
			if (counterpart == null || this.organisations.find(counterpart).isEmpty()) {
				throw InvalidInput.of("counterpartOrganisationId", "deal.counterpart.required");
			}
			demand = need.map(PostingDocument::organisationId).orElse(counterpart);
			supply = result.map(PostingDocument::organisationId).orElse(counterpart);
		}
		if (demand == supply) {
			throw InvalidInput.of(need.isPresent() && result.isPresent() ? "resultId" : "counterpartOrganisationId",
					"deal.sides.distinct");
		}
		boolean member = actor.isMemberOf(demand) || actor.isMemberOf(supply);
		boolean assignedBroker = actor.isBroker() && (need.map(p -> isAssigned(actor, p)).orElse(false)
				|| result.map(p -> isAssigned(actor, p)).orElse(false) || (draft.conversationId() != null
						&& this.brokerage.isAssignedToConversation(actor.accountId(), draft.conversationId())));
		if (!member && !assignedBroker) {
			throw new NotAllowed();
		}
		if (draft.conversationId() != null && !isBetween(draft.conversationId(), demand, supply)) {
			throw InvalidInput.of("conversationId", "deal.conversation.otherParties");
		}
		Long broker = assignedBroker && !member ? Long.valueOf(actor.accountId()) : brokerOf(draft.brokerAccountId());
		Long needId = need.map(PostingDocument::id).orElse(null);
		Long resultId = result.map(PostingDocument::id).orElse(null);
		Long conversation = draft.conversationId() != null ? draft.conversationId()
				: onlyConversation(demand, supply, Stream.of(needId, resultId).filter(Objects::nonNull).toList());
		Instant now = this.clock.instant();
		Deal deal = this.deals.saveAndFlush(
				new Deal(needId, resultId, demand, supply, conversation, broker, actor.accountId(), now));
		this.history.record(deal, actor, null, null, now);
		return this.views.of(deal, actor);
	}

	/**
	 * Deals the caller follows (their organisation is a side, or they are its broker); operators see every deal.
	 * @param stage only deals at this stage, if given
	 */
	@Transactional(readOnly = true)
	public List<DealView> list(@Nullable DealStage stage) {
		Actor actor = this.actors.required();
		Set<DealStage> stages = stage != null ? EnumSet.of(stage) : EnumSet.allOf(DealStage.class);
		List<Deal> found = actor.isOperator() ? this.deals.findByStages(stages)
				: this.deals.findFollowedBy(actor.organisationId() != null ? actor.organisationId() : -1,
						actor.accountId(), stages);
		return this.views.of(found, actor);
	}

	@Transactional(readOnly = true)
	public DealView get(long id) {
		Actor actor = this.actors.required();
		return this.views.of(readable(actor, id), actor);
	}

	@Transactional(readOnly = true)
	public List<StageChangeView> history(long id) {
		readable(this.actors.required(), id);
		return this.history.of(id);
	}

	/**
	 * Moves the deal to the requested stage. Checks in the order a caller can act on them: a deal they cannot see
	 * is not found (404), one they may only read is forbidden (403), an illegal move or a stale version conflicts
	 * (409), missing contract fields or reason are invalid input (400).
	 */
	@Transactional
	public DealView changeStage(long id, StageChange change) {
		Actor actor = this.actors.required();
		Deal deal = this.deals.findForUpdate(id).filter(d -> mayRead(actor, d)).orElseThrow(() -> new DealNotFound(id));
		if (!mayChange(actor, deal)) {
			throw new NotAllowed();
		}
		DealStage from = deal.stage();
		if (!from.canMoveTo(change.stage())) {
			throw new IllegalStageChange(from, change.stage());
		}
		if (change.version() != deal.version()) {
			throw new StaleVersion(deal.version());
		}
		Instant now = this.clock.instant();
		String details = blankToNull(change.note());
		switch (change.stage()) {
			case LOST -> {
				String reason = blankToNull(change.reason());
				if (reason == null) {
					throw InvalidInput.of("reason", "deal.lost.reason.required");
				}
				deal.lose(reason, now);
				details = reason;
			}
			case CONTRACT_SIGNED -> {
				LocalDate today = LocalDate.now(this.clock.withZone(HENGYANG));
				List<FieldError> problems = ContractRules.problems(change.contract(), today);
				if (!problems.isEmpty()) {
					throw new InvalidInput(problems);
				}
				Contract contract = Objects.requireNonNull(change.contract());
				deal.sign(contract, now);
				details = ContractRules.summary(contract);
			}
			default -> deal.moveTo(change.stage(), now);
		}
		this.deals.flush();
		this.history.record(deal, actor, from, details, now);
		followWithPostings(deal, actor);
		return this.views.of(deal, actor);
	}

	/** The deal if the current caller may read it: for the brokerage module (follow-ups on deals). */
	@Transactional(readOnly = true)
	public Optional<DealView> find(long id) {
		Actor actor = this.actors.required();
		return this.deals.findById(id).filter(deal -> mayRead(actor, deal)).map(deal -> this.views.of(deal, actor));
	}

	private void followWithPostings(Deal deal, Actor actor) {
		Editor editor = Editor.of(actor);
		String reason = "deal " + deal.id();
		// In id order, so two deals on the same postings lock them in the same order.
		List<Long> postingIds = deal.postingIds().stream().sorted().toList();
		switch (deal.stage()) {
			case NEGOTIATING -> postingIds.forEach(posting -> this.settlement.startNegotiation(posting, editor, reason));
			case CONTRACT_SIGNED -> postingIds.forEach(posting -> this.settlement.closeMatched(posting, editor, reason));
			case LOST -> postingIds.forEach(posting -> {
				// The posting's row lock serialises deals lost at the same time: the second sees the first one lost.
				this.settlement.lockedStatus(posting);
				if (this.deals.countOthersAt(posting, deal.id(), DealStage.NEGOTIATING) == 0) {
					this.settlement.endNegotiation(posting, editor, reason);
				}
			});
			default -> {
			}
		}
	}

	private Deal readable(Actor actor, long id) {
		return this.deals.findById(id).filter(deal -> mayRead(actor, deal)).orElseThrow(() -> new DealNotFound(id));
	}

	static boolean mayRead(Actor actor, Deal deal) {
		return actor.isOperator() || mayChange(actor, deal);
	}

	static boolean mayChange(Actor actor, Deal deal) {
		return (actor.organisationId() != null && deal.involves(actor.organisationId()))
				|| (deal.brokerAccountId() != null && deal.brokerAccountId() == actor.accountId());
	}

	private boolean isAssigned(Actor broker, PostingDocument posting) {
		return this.brokerage.isAssignedToPosting(broker.accountId(), posting.id());
	}

	private @Nullable Long brokerOf(@Nullable Long accountId) {
		if (accountId == null) {
			return null;
		}
		boolean broker = this.accounts.actorOf(accountId).map(Actor::isBroker).orElse(false);
		if (!broker) {
			throw InvalidInput.of("brokerAccountId", "deal.broker.notBroker", accountId);
		}
		return accountId;
	}

	/** A public posting of the kind; one that is not public is not found, or (for its owner) not open for deals. */
	private Optional<PostingDocument> posting(@Nullable Long id, PostingKind kind) {
		if (id == null) {
			return Optional.empty();
		}
		Actor actor = this.actors.required();
		PostingDocument posting = this.postings.find(id)
			.filter(found -> found.kind() == kind)
			.filter(found -> found.isPublic() || actor.isOperator() || actor.isMemberOf(found.organisationId()))
			.orElseThrow(() -> new PostingNotFound(id));
		if (!posting.isPublic()) {
			throw new PostingNotOpenForDeal(id);
		}
		return Optional.of(posting);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static List<DealStage> nextStages(Actor actor, Deal deal) {
		if (!mayChange(actor, deal)) {
			return List.of();
		}
		return Arrays.stream(DealStage.values()).filter(deal.stage()::canMoveTo).toList();
	}

	/**
	 * The conversation the two organisations have about the deal's postings, when there is exactly one: a deal opened
	 * without naming it (from a broker's workbench or a posting's page) still leads to where the parties met. With
	 * several, guessing could link the wrong one, so none is linked.
	 */
	private @Nullable Long onlyConversation(long demand, long supply, List<Long> postingIds) {
		List<Long> found = this.conversations.between(demand, supply, postingIds);
		return found.size() == 1 ? found.getFirst() : null;
	}

	/** Whether the conversation is the one the deal's two organisations have (and the caller may read it). */
	private boolean isBetween(long conversationId, long demand, long supply) {
		try {
			ConversationView conversation = this.conversations.find(conversationId);
			return Set.of(conversation.ownerOrganisation().id(), conversation.interestedOrganisation().id())
				.equals(Set.of(demand, supply));
		}
		catch (ConversationNotFound ex) {
			return false;
		}
	}

}
