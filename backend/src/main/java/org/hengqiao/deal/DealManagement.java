package org.hengqiao.deal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.connect.ConversationNotFound;
import org.hengqiao.connect.ConversationView;
import org.hengqiao.connect.Conversations;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
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
 * Creates deals and carries them through their stages with the recorded consent of both sides, for the person acting
 * in the current request.
 * <ul>
 * <li>Only members of verified organisations, between verified organisations, open, confirm and move deals. Members
 * of the two organisations and the deal's broker read a deal; operators read every deal and may void one; anyone
 * else is told it does not exist.</li>
 * <li>A deal binds its two organisations once both sides agreed to it: at once when they already met in a
 * conversation about one of its postings (an interest the owner accepted), otherwise when the other side confirms it
 * in its own session. A broker assigned to its need, result or conversation may open it (and follows it); their
 * opening counts for neither side.</li>
 * <li>Every forward stage is proposed by one side (or the broker) and takes effect only when the other side confirms
 * it at the version it saw, so it agrees to exactly the terms shown. Walking away before the contract (lost) needs
 * nobody's consent; an owner may dispute, and an operator void, a deal that is not finished.</li>
 * <li>The postings follow only agreed stages of a confirmed deal, and only those of its two sides: at
 * {@link DealStage#NEGOTIATING} published ones go in negotiation; at {@link DealStage#CONTRACT_SIGNED} they are closed
 * as matched; when the deal ends (lost, disputed, voided) what it held is given back unless another confirmed deal
 * still holds it.</li>
 * </ul>
 */
@Service
public class DealManagement {

	private static final ZoneId HENGYANG = ZoneId.of("Asia/Shanghai");

	private static final Set<DealStage> CLOSING = EnumSet.of(DealStage.CONTRACT_SIGNED, DealStage.IN_EXECUTION,
			DealStage.COMPLETED);

	private static final Set<DealStage> HOLDING = EnumSet.of(DealStage.NEGOTIATING, DealStage.CONTRACT_SIGNED,
			DealStage.IN_EXECUTION, DealStage.COMPLETED);

	private final Deals deals;

	private final DealHistory history;

	private final DealViews views;

	private final PostingDocuments postings;

	private final PostingSettlement settlement;

	private final OrganisationDirectory organisations;

	private final DealBrokerage brokerage;

	private final Actors actors;

	private final Clock clock;

	private final Conversations conversations;

	DealManagement(Deals deals, DealHistory history, DealViews views, PostingDocuments postings,
			PostingSettlement settlement, OrganisationDirectory organisations, DealBrokerage brokerage, Actors actors,
			Clock clock, Conversations conversations) {
		this.deals = deals;
		this.history = history;
		this.views = views;
		this.postings = postings;
		this.settlement = settlement;
		this.organisations = organisations;
		this.brokerage = brokerage;
		this.actors = actors;
		this.clock = clock;
		this.conversations = conversations;
	}

	@Transactional
	public DealView create(DealDraft draft) {
		Actor actor = this.actors.required();
		if (actor.isOperator()) {
			throw new NotAllowed();
		}
		if (!actor.isBroker() && !actor.organisationVerified()) {
			throw new DealNeedsVerifiedOrganisation();
		}
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
		if (member && !actor.organisationVerified()) {
			throw new DealNeedsVerifiedOrganisation();
		}
		requireVerified(demand, need.isPresent() ? "needId" : "counterpartOrganisationId");
		requireVerified(supply, result.isPresent() ? "resultId" : "counterpartOrganisationId");
		if (draft.conversationId() != null && !isBetween(draft.conversationId(), demand, supply)) {
			throw InvalidInput.of("conversationId", "deal.conversation.otherParties");
		}
		Long broker = member ? null : Long.valueOf(actor.accountId());
		Long needId = need.map(PostingDocument::id).orElse(null);
		Long resultId = result.map(PostingDocument::id).orElse(null);
		List<Long> met = this.conversations.between(demand, supply,
				Stream.of(needId, resultId).filter(Objects::nonNull).toList());
		Long conversation = draft.conversationId() != null ? draft.conversationId()
				: met.size() == 1 ? met.getFirst() : null;
		Instant now = this.clock.instant();
		Deal deal = new Deal(needId, resultId, demand, supply, conversation, broker, actor.accountId(), now);
		if (!met.isEmpty()) {
			// They met in a conversation the owner accepted: both sides already agreed to talk business.
			deal.confirmBy(DealSide.DEMAND, actor.accountId(), now);
			deal.confirmBy(DealSide.SUPPLY, actor.accountId(), now);
		}
		else if (member) {
			deal.confirmBy(actor.isMemberOf(demand) ? DealSide.DEMAND : DealSide.SUPPLY, actor.accountId(), now);
		}
		deal = this.deals.saveAndFlush(deal);
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
	 * The other side confirms a deal opened by the first (or both sides, one after the other, a deal a broker opened).
	 * Until both have, the deal can only be declined or withdrawn (lost) or disputed.
	 */
	@Transactional
	public DealView confirm(long id, DealConsent consent) {
		Actor actor = this.actors.required();
		Deal deal = locked(actor, id);
		DealSide side = bindingSide(actor, deal);
		if (deal.stage().isFinished()) {
			throw new IllegalStageChange(deal.stage(), deal.stage());
		}
		if (deal.isConfirmedBy(side)) {
			throw new AlreadyAgreed();
		}
		requireVersion(deal, consent.version());
		requireVerifiedSides(deal);
		Instant now = this.clock.instant();
		deal.confirmBy(side, actor.accountId(), now);
		this.deals.flush();
		this.history.consent(deal, actor, DealConsentStep.CONFIRMED, deal.stage(), null, now);
		return this.views.of(deal, actor);
	}

	/**
	 * Proposes the deal's next stage, or marks it lost. Checks in the order a caller can act on them: a deal they
	 * cannot see is not found (404), one they may only read is forbidden (403), an unconfirmed deal, a pending
	 * proposal, an illegal move or a stale version conflicts (409), missing contract fields or reason are invalid
	 * input (400).
	 */
	@Transactional
	public DealView propose(long id, StageChange change) {
		Actor actor = this.actors.required();
		Deal deal = locked(actor, id);
		if (change.stage() == DealStage.LOST) {
			return lose(actor, deal, change);
		}
		Optional<DealSide> side = deal.sideOf(actor.organisationId());
		if (side.isEmpty() && !isBroker(actor, deal)) {
			throw new NotAllowed();
		}
		if (side.isPresent() && !actor.organisationVerified()) {
			throw new DealNeedsVerifiedOrganisation();
		}
		if (!deal.stage().isFinished() && !deal.isConfirmed()) {
			throw new DealAwaitingConfirmation(deal.id());
		}
		if (deal.proposedStage() != null) {
			throw new DealProposalPending(deal.proposedStage());
		}
		if (!deal.stage().canMoveTo(change.stage())) {
			throw new IllegalStageChange(deal.stage(), change.stage());
		}
		requireVersion(deal, change.version());
		String details = blankToNull(change.note());
		if (change.stage() == DealStage.CONTRACT_SIGNED) {
			LocalDate today = LocalDate.now(this.clock.withZone(HENGYANG));
			List<FieldError> problems = ContractRules.problems(change.contract(), today,
					names(deal.demandOrganisationId()), names(deal.supplyOrganisationId()));
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			details = ContractRules.summary(Objects.requireNonNull(change.contract()));
		}
		requireVerifiedSides(deal);
		Instant now = this.clock.instant();
		deal.propose(change.stage(), side.orElse(null), actor.accountId(), change.contract(), now);
		this.deals.flush();
		this.history.consent(deal, actor, DealConsentStep.PROPOSED, change.stage(), details, now);
		return this.views.of(deal, actor);
	}

	/**
	 * A member of a side that has not agreed yet agrees to the pending proposal, at the version they saw; once both
	 * sides agreed the deal moves and its postings follow.
	 */
	@Transactional
	public DealView confirmProposal(long id, DealConsent consent) {
		Actor actor = this.actors.required();
		Deal deal = locked(actor, id);
		DealSide side = bindingSide(actor, deal);
		DealStage proposed = deal.proposedStage();
		if (proposed == null) {
			throw new NoPendingProposal();
		}
		if (deal.hasAgreed(side)) {
			throw new AlreadyAgreed();
		}
		requireVersion(deal, consent.version());
		requireVerifiedSides(deal);
		Contract terms = deal.proposedContract();
		DealStage from = deal.stage();
		Instant now = this.clock.instant();
		boolean moved = deal.agree(side, now);
		this.deals.flush();
		if (!moved) {
			this.history.consent(deal, actor, DealConsentStep.PROPOSAL_AGREED, proposed, null, now);
			return this.views.of(deal, actor);
		}
		this.history.record(deal, actor, from, terms != null ? ContractRules.summary(terms) : null, now);
		followWithPostings(deal, actor);
		return this.views.of(deal, actor);
	}

	/** A member of either side turns the pending proposal down, or the broker who proposed it withdraws it. */
	@Transactional
	public DealView rejectProposal(long id, ProposalRejection rejection) {
		Actor actor = this.actors.required();
		Deal deal = locked(actor, id);
		boolean proposer = isBroker(actor, deal) && Objects.equals(deal.proposedBy(), actor.accountId());
		if (deal.sideOf(actor.organisationId()).isEmpty() && !proposer) {
			throw new NotAllowed();
		}
		DealStage proposed = deal.proposedStage();
		if (proposed == null) {
			throw new NoPendingProposal();
		}
		requireVersion(deal, rejection.version());
		Instant now = this.clock.instant();
		deal.rejectProposal(now);
		this.deals.flush();
		this.history.consent(deal, actor, DealConsentStep.PROPOSAL_REJECTED, proposed,
				blankToNull(rejection.reason()), now);
		return this.views.of(deal, actor);
	}

	/**
	 * A member of either side disputes a deal that is not finished, signed ones included: it ends as disputed and
	 * gives back what it held of the postings.
	 */
	@Transactional
	public DealView dispute(long id, DealEnding ending) {
		Actor actor = this.actors.required();
		Deal deal = locked(actor, id);
		if (deal.sideOf(actor.organisationId()).isEmpty()) {
			throw new NotAllowed();
		}
		return end(actor, deal, DealStage.DISPUTED, ending);
	}

	/** An operator voids a deal (a fake contract, a fraud): it ends as void and gives back what it held. */
	@Transactional
	public DealView voidDeal(long id, DealEnding ending) {
		Actor actor = this.actors.required();
		Deal deal = locked(actor, id);
		if (!actor.isOperator()) {
			throw new NotAllowed();
		}
		return end(actor, deal, DealStage.VOIDED, ending);
	}

	/** The deal if the current caller may read it: for the brokerage module (follow-ups on deals). */
	@Transactional(readOnly = true)
	public Optional<DealView> find(long id) {
		Actor actor = this.actors.required();
		return this.deals.findById(id).filter(deal -> mayRead(actor, deal)).map(deal -> this.views.of(deal, actor));
	}

	/** Walking away before the contract needs nobody's consent, but only a side walks away: not its broker. */
	private DealView lose(Actor actor, Deal deal, StageChange change) {
		if (deal.sideOf(actor.organisationId()).isEmpty()) {
			throw new NotAllowed();
		}
		DealStage from = deal.stage();
		if (!from.canMoveTo(DealStage.LOST)) {
			throw new IllegalStageChange(from, DealStage.LOST);
		}
		requireVersion(deal, change.version());
		String reason = blankToNull(change.reason());
		if (reason == null) {
			throw InvalidInput.of("reason", "deal.lost.reason.required");
		}
		boolean held = deal.isConfirmed();
		Instant now = this.clock.instant();
		deal.lose(reason, now);
		this.deals.flush();
		this.history.record(deal, actor, from, reason, now);
		if (held) {
			release(deal, from, actor);
		}
		return this.views.of(deal, actor);
	}

	private DealView end(Actor actor, Deal deal, DealStage ending, DealEnding request) {
		DealStage from = deal.stage();
		boolean held = deal.isConfirmed();
		String reason = blankToNull(request.reason());
		if (reason == null) {
			throw InvalidInput.of("reason", "deal.end.reason.required");
		}
		Instant now = this.clock.instant();
		deal.end(ending, reason, now);
		this.deals.flush();
		this.history.record(deal, actor, from, reason, now);
		if (held) {
			release(deal, from, actor);
		}
		return this.views.of(deal, actor);
	}

	/** The postings follow an agreed stage of a confirmed deal, and only its own sides' postings. */
	private void followWithPostings(Deal deal, Actor actor) {
		Editor editor = Editor.of(actor);
		String reason = reasonOf(deal);
		// In id order, so two deals on the same postings lock them in the same order.
		for (long posting : deal.postingIds().stream().sorted().toList()) {
			requireConsentingOwner(deal, posting);
			switch (deal.stage()) {
				case NEGOTIATING -> this.settlement.startNegotiation(posting, editor, reason);
				case CONTRACT_SIGNED -> this.settlement.closeMatched(posting, editor, reason);
				default -> {
				}
			}
		}
	}

	/**
	 * Gives back what the deal held when it was at {@code from}: a posting in negotiation is published again, one its
	 * contract closed is reopened, unless another confirmed deal still holds it (then it stays, or goes back to
	 * negotiation for that deal).
	 */
	private void release(Deal deal, DealStage from, Actor actor) {
		if (!from.holdsPostings()) {
			return;
		}
		Editor editor = Editor.of(actor);
		String reason = reasonOf(deal) + " " + deal.stage().name().toLowerCase(java.util.Locale.ROOT);
		for (long posting : deal.postingIds().stream().sorted().toList()) {
			requireConsentingOwner(deal, posting);
			// The posting's row lock serialises deals ending at the same time: the second sees the first one ended.
			this.settlement.lockedStatus(posting);
			if (from.closesPostings()) {
				if (this.deals.countOthersAt(posting, deal.id(), CLOSING) == 0
						&& this.settlement.reopenMatched(posting, editor, reason, reasonOf(deal))
						&& this.deals.countOthersAt(posting, deal.id(), Set.of(DealStage.NEGOTIATING)) > 0) {
					this.settlement.startNegotiation(posting, editor, reason);
				}
			}
			else if (this.deals.countOthersAt(posting, deal.id(), HOLDING) == 0) {
				this.settlement.endNegotiation(posting, editor, reason);
			}
		}
	}

	/**
	 * A posting changes status through a deal only when its owner is a side that confirmed the deal: the rules above
	 * guarantee it, this states it where the change is made.
	 */
	private void requireConsentingOwner(Deal deal, long postingId) {
		long owner = this.postings.find(postingId).orElseThrow(() -> new PostingNotFound(postingId)).organisationId();
		Optional<DealSide> side = deal.sideOf(owner);
		if (side.isEmpty() || !deal.isConfirmedBy(side.get())) {
			throw new IllegalStateException("deal " + deal.id() + " has no consent of the owner of posting " + postingId);
		}
	}

	private static String reasonOf(Deal deal) {
		return "deal " + deal.id();
	}

	private Deal readable(Actor actor, long id) {
		return this.deals.findById(id).filter(deal -> mayRead(actor, deal)).orElseThrow(() -> new DealNotFound(id));
	}

	/** Locks the deal's row, so a second change waits and then sees the first one's version. */
	private Deal locked(Actor actor, long id) {
		return this.deals.findForUpdate(id).filter(deal -> mayRead(actor, deal)).orElseThrow(() -> new DealNotFound(id));
	}

	/** The caller's side, for a step that binds it: a member of a verified organisation on one of the two sides. */
	private static DealSide bindingSide(Actor actor, Deal deal) {
		DealSide side = deal.sideOf(actor.organisationId()).orElseThrow(NotAllowed::new);
		if (!actor.organisationVerified()) {
			throw new DealNeedsVerifiedOrganisation();
		}
		return side;
	}

	private static void requireVersion(Deal deal, long version) {
		if (version != deal.version()) {
			throw new StaleVersion(deal.version());
		}
	}

	/** Both organisations are still verified: nothing binds an organisation whose verification was withdrawn. */
	private void requireVerifiedSides(Deal deal) {
		Map<Long, OrganisationSummary> sides = this.organisations
			.findAll(List.of(deal.demandOrganisationId(), deal.supplyOrganisationId()));
		for (long organisation : List.of(deal.demandOrganisationId(), deal.supplyOrganisationId())) {
			OrganisationSummary summary = sides.get(organisation);
			if (summary == null || !summary.verified()) {
				throw new DealPartyNotVerified(summary != null ? summary.nameZh() : "#" + organisation);
			}
		}
	}

	private void requireVerified(long organisation, String field) {
		boolean verified = this.organisations.find(organisation).map(OrganisationSummary::verified).orElse(false);
		if (!verified) {
			throw InvalidInput.of(field, "deal.party.notVerified");
		}
	}

	/** The names an organisation may appear under in its contract. */
	private Set<String> names(long organisation) {
		Set<String> names = new LinkedHashSet<>();
		this.organisations.find(organisation).ifPresent(summary -> {
			names.add(summary.nameZh());
			if (summary.nameEn() != null && !summary.nameEn().isBlank()) {
				names.add(summary.nameEn());
			}
		});
		return names;
	}

	static boolean mayRead(Actor actor, Deal deal) {
		return actor.isOperator() || deal.sideOf(actor.organisationId()).isPresent() || isBroker(actor, deal);
	}

	private static boolean isBroker(Actor actor, Deal deal) {
		return deal.brokerAccountId() != null && deal.brokerAccountId() == actor.accountId();
	}

	private boolean isAssigned(Actor broker, PostingDocument posting) {
		return this.brokerage.isAssignedToPosting(broker.accountId(), posting.id());
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

	/** What the caller may do with the deal now, so the portal offers only that. */
	static List<DealAction> actions(Actor actor, Deal deal) {
		List<DealAction> actions = new ArrayList<>();
		DealStage stage = deal.stage();
		if (actor.isOperator()) {
			if (!stage.isEnded()) {
				actions.add(DealAction.VOID);
			}
			return actions;
		}
		if (stage.isFinished()) {
			return actions;
		}
		Optional<DealSide> side = deal.sideOf(actor.organisationId());
		boolean verified = side.isPresent() && actor.organisationVerified();
		boolean proposing = deal.isConfirmed() && deal.proposedStage() == null && stage.next().isPresent();
		if (verified && !deal.isConfirmedBy(side.get())) {
			actions.add(DealAction.CONFIRM_DEAL);
		}
		if (proposing && (verified || (side.isEmpty() && isBroker(actor, deal)))) {
			actions.add(DealAction.PROPOSE);
		}
		if (deal.proposedStage() != null) {
			if (verified && !deal.hasAgreed(side.get())) {
				actions.add(DealAction.CONFIRM_PROPOSAL);
			}
			if (side.isPresent() || Objects.equals(deal.proposedBy(), actor.accountId())) {
				actions.add(DealAction.REJECT_PROPOSAL);
			}
		}
		if (side.isPresent() && stage.isOpen()) {
			actions.add(DealAction.MARK_LOST);
		}
		if (side.isPresent()) {
			actions.add(DealAction.DISPUTE);
		}
		return actions;
	}

	/** The stages the caller may propose now, and LOST when they may walk away. */
	static List<DealStage> nextStages(List<DealAction> actions, Deal deal) {
		List<DealStage> stages = new ArrayList<>();
		if (actions.contains(DealAction.PROPOSE)) {
			deal.stage().next().ifPresent(stages::add);
		}
		if (actions.contains(DealAction.MARK_LOST)) {
			stages.add(DealStage.LOST);
		}
		return stages;
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
