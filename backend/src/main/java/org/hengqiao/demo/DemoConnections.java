package org.hengqiao.demo;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.connect.Conversations;
import org.hengqiao.connect.InterestStatus;
import org.hengqiao.connect.InterestView;
import org.hengqiao.connect.Interests;
import org.hengqiao.deal.Contract;
import org.hengqiao.deal.ContractParty;
import org.hengqiao.deal.DealConsent;
import org.hengqiao.deal.DealDraft;
import org.hengqiao.deal.DealEnding;
import org.hengqiao.deal.DealManagement;
import org.hengqiao.deal.DealStage;
import org.hengqiao.deal.DealView;
import org.hengqiao.deal.StageChange;
import org.hengqiao.demo.DemoCatalogue.DemoOrganisation;
import org.hengqiao.demo.DemoStories.ContractTerms;
import org.hengqiao.demo.DemoStories.DealPlan;
import org.hengqiao.demo.DemoStories.Follow;
import org.hengqiao.demo.DemoStories.Side;
import org.hengqiao.demo.DemoStories.Story;
import org.hengqiao.notification.FollowTarget;
import org.hengqiao.notification.Following;
import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo organisations' dealings with each other, after {@link DemoData} has seeded their postings: interests in
 * every state, conversations, and a deal at every stage, each step taken by the side who would take it and agreed
 * by the other; and what their people saved and followed, so the inbox, the deal pages, the workspace and the
 * notification centre have something true to show.
 */
@Component
@Order(DemoData.ORDER + 2)
@ConditionalOnBooleanProperty("hengqiao.demo-data")
class DemoConnections implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConnections.class);

	private static final ZoneId HENGYANG = ZoneId.of("Asia/Shanghai");

	private final Interests interests;

	private final Conversations conversations;

	private final DealManagement deals;

	private final Following following;

	private final DemoPeople people;

	private final Actors actors;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	DemoConnections(Interests interests, Conversations conversations, DealManagement deals, Following following,
			DemoPeople people, Actors actors, JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.interests = interests;
		this.conversations = conversations;
		this.deals = deals;
		this.following = following;
		this.people = people;
		this.actors = actors;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		DemoCatalogue catalogue = DemoCatalogue.read(this.json);
		DemoStories told = DemoCatalogue.read(this.json, "demo/connections.json",
				this.json.constructType(DemoStories.class));
		List<Story> stories = told.stories();
		Optional<Actor> broker = this.people.byEmail(DemoBrokerage.BROKER);
		Optional<Actor> operator = this.people.byEmail(DemoData.OPERATOR);
		if (broker.isEmpty() || operator.isEmpty()) {
			return;
		}
		if (!alreadyTold(catalogue, stories.getFirst())) {
			Cast cast = new Cast(catalogue, broker.get(), operator.get());
			stories.forEach(story -> tell(story, cast));
			log.info("Demo connections created: {} interests, {} deals", stories.size(),
					stories.stream().filter(story -> story.deal() != null).count());
		}
		// Once on their own: a demo seeded before saving and following existed gains them on its next start.
		if (!alreadyFollowed(catalogue)) {
			told.follows().forEach(follow -> follow(follow, catalogue));
			log.info("Demo people saved or followed {} postings and organisations", told.follows().size());
		}
	}

	/** Seeded once: the first story's interest exists after the first run. */
	private boolean alreadyTold(DemoCatalogue catalogue, Story first) {
		long posting = this.people.posting(catalogue.organisation(first.owner()).creditCode(), first.posting());
		long interested = this.people.organisation(catalogue.organisation(first.from()).creditCode());
		return this.jdbc.sql("select count(*) from interest where posting_id = ? and interested_organisation_id = ?")
			.param(posting)
			.param(interested)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether any demo person saves or follows anything yet (the demo's organisations only). */
	private boolean alreadyFollowed(DemoCatalogue catalogue) {
		return this.jdbc.sql("""
				select count(*) from follow f join account a on a.id = f.account_id
				join organisation o on o.id = a.organisation_id where o.credit_code in (:codes)""")
			.param("codes", catalogue.organisations().stream().map(DemoOrganisation::creditCode).toList())
			.query(Long.class)
			.single() > 0;
	}

	private void tell(Story story, Cast cast) {
		DemoOrganisation from = cast.catalogue().organisation(story.from());
		DemoOrganisation owner = cast.catalogue().organisation(story.owner());
		Actor interested = this.people.member(from.creditCode());
		Actor answering = this.people.member(owner.creditCode());
		long posting = this.people.posting(owner.creditCode(), story.posting());
		Long offered = story.offered() == null ? null : this.people.posting(from.creditCode(), story.offered());
		InterestView interest = Boolean.TRUE.equals(story.introducedByBroker())
				? this.actors.callAs(cast.broker(), () -> this.interests.introduce(posting,
						this.people.organisation(from.creditCode()), offered, story.message()))
				: this.actors.callAs(interested, () -> this.interests.express(posting, story.message(), offered));
		switch (story.outcome()) {
			case PROPOSED, PENDING -> {
			}
			case ACCEPTED -> converse(story, interested, answering,
					this.actors.callAs(answering, () -> this.interests.accept(interest.id())), cast);
			case DECLINED -> this.actors.runAs(answering, () -> this.interests.decline(interest.id(), story.reason()));
			case WITHDRAWN -> this.actors.runAs(interested, () -> this.interests.withdraw(interest.id()));
		}
	}

	private void converse(Story story, Actor interested, Actor owner, InterestView accepted, Cast cast) {
		long conversation = Objects.requireNonNull(accepted.conversationId());
		Objects.requireNonNullElse(story.messages(), List.<DemoStories.Message>of())
			.forEach(message -> this.actors.runAs(message.by() == Side.OWNER ? owner : interested,
					() -> this.conversations.post(conversation, message.text(), List.of())));
		if (story.deal() != null) {
			deal(story.deal(), accepted, interested, owner, conversation, cast);
		}
	}

	/**
	 * The interested side opens the deal on its offered posting and the owner's (they met in the conversation, so
	 * both sides are bound at once); then the two take it stage by stage, one proposing and the other agreeing.
	 */
	private void deal(DealPlan plan, InterestView accepted, Actor interested, Actor owner, long conversation,
			Cast cast) {
		boolean ownerSupplies = accepted.posting().kind() == PostingKind.RESULT;
		long ownPosting = accepted.posting().id();
		long offeredPosting = Objects.requireNonNull(accepted.offeredPosting(), "a deal needs the offered posting").id();
		DealDraft draft = ownerSupplies ? new DealDraft(offeredPosting, ownPosting, null, conversation)
				: new DealDraft(ownPosting, offeredPosting, null, conversation);
		Actor demand = ownerSupplies ? interested : owner;
		Actor supply = ownerSupplies ? owner : interested;
		DealView deal = this.actors.callAs(interested, () -> this.deals.create(draft));
		DealStage reach = switch (plan.stage()) {
			case LOST, VOIDED -> DealStage.CONTACTED;
			case DISPUTED -> DealStage.NEGOTIATING;
			default -> plan.stage();
		};
		boolean demandProposes = true;
		while (deal.stage() != reach) {
			DealStage next = deal.stage().next().orElseThrow();
			@Nullable Contract contract = next == DealStage.CONTRACT_SIGNED ? contract(plan, accepted, ownerSupplies, cast)
					: null;
			deal = step(deal, next, contract, demandProposes ? demand : supply, demandProposes ? supply : demand);
			demandProposes = !demandProposes;
		}
		end(plan, deal, interested, owner, cast);
	}

	private DealView step(DealView deal, DealStage next, @Nullable Contract contract, Actor proposer,
			Actor agreeing) {
		DealView proposed = this.actors.callAs(proposer,
				() -> this.deals.propose(deal.id(), new StageChange(next, deal.version(), contract, null, null)));
		return this.actors.callAs(agreeing,
				() -> this.deals.confirmProposal(deal.id(), new DealConsent(proposed.version())));
	}

	private void end(DealPlan plan, DealView deal, Actor interested, Actor owner, Cast cast) {
		DealEnding ending = new DealEnding(plan.reason());
		switch (plan.stage()) {
			case LOST -> this.actors.runAs(interested, () -> this.deals.propose(deal.id(),
					new StageChange(DealStage.LOST, deal.version(), null, plan.reason(), null)));
			case DISPUTED -> this.actors.runAs(owner, () -> this.deals.dispute(deal.id(), ending));
			case VOIDED -> this.actors.runAs(cast.operator(), () -> this.deals.voidDeal(deal.id(), ending));
			default -> {
			}
		}
	}

	private void follow(Follow follow, DemoCatalogue catalogue) {
		String owner = catalogue.organisation(follow.owner()).creditCode();
		Actor person = this.people.member(catalogue.organisation(follow.who()).creditCode());
		if (follow.posting() == null) {
			this.actors.runAs(person,
					() -> this.following.follow(FollowTarget.ORGANISATION, this.people.organisation(owner)));
			return;
		}
		long posting = this.people.posting(owner, follow.posting());
		FollowTarget target = this.people.kind(posting) == PostingKind.NEED ? FollowTarget.NEED : FollowTarget.RESULT;
		this.actors.runAs(person, () -> this.following.follow(target, posting));
	}

	/** The contract as signed: the demand side commissions, the supply side delivers. */
	private Contract contract(DealPlan plan, InterestView accepted, boolean ownerSupplies, Cast cast) {
		ContractTerms terms = Objects.requireNonNull(plan.contract(), "a signed deal needs its contract");
		String ownerName = accepted.postingOrganisation().name();
		String interestedName = accepted.interestedOrganisation().name();
		List<ContractParty> parties = new ArrayList<>(List.of(
				new ContractParty(ContractParty.Role.CLIENT, ownerSupplies ? interestedName : ownerName),
				new ContractParty(ContractParty.Role.CONTRACTOR, ownerSupplies ? ownerName : interestedName)));
		if (Boolean.TRUE.equals(terms.intermediary())) {
			parties.add(new ContractParty(ContractParty.Role.INTERMEDIARY, cast.catalogue().organisation("agency").nameZh()));
		}
		LocalDate signedOn = LocalDate.now(this.clock.withZone(HENGYANG)).minusDays(terms.signedDaysAgo());
		return new Contract(terms.valueYuan(), terms.mode(), signedOn, terms.title(), terms.type(), parties);
	}

	/** Who acts besides the organisations' members. */
	private record Cast(DemoCatalogue catalogue, Actor broker, Actor operator) {
	}

}
