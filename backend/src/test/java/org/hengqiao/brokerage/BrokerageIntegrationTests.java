package org.hengqiao.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.result.ResultRequests.aResult;
import static org.hengqiao.testing.Acting.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hengqiao.account.AccountManagement;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.connect.ConversationOversight;
import org.hengqiao.deal.DealApi;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.organisation.Registration;
import org.hengqiao.search.Eventually;
import org.hengqiao.search.PostingSearch;
import org.hengqiao.search.SearchFilters;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.JsonBody;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.hengqiao.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/** Assignments, follow-ups and the workbench, with real brokers of real service agencies. */
@HengqiaoIntegrationTest
class BrokerageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registration registration;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Actors actors;

	Agencies agencies;

	@Autowired
	TestClock clock;

	@Autowired
	OverdueFollowUps overdue;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	PostingSearch search;

	@Autowired
	ConversationOversight oversight;

	Actor agencyAdmin;

	Actor broker;

	Actor owner;

	Actor operator;

	long need;

	@BeforeEach
	void setUp() {
		this.agencies = new Agencies(this.registration, this.accounts, this.actors);
		Agencies.Agency agency = this.agencies.agency();
		this.agencyAdmin = agency.admin();
		this.broker = agency.broker();
		this.operator = this.agencies.operator();
		Organisations organisations = new Organisations(this.jdbc);
		this.owner = Organisations.memberOf(organisations.verified(OrganisationType.ENTERPRISE, "衡阳某企业"), true);
		this.need = PostingApi.needs(this.mvc).published(this.owner, this.operator, aNeed());
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/** Agency admins used to assign (finding 2 of issue 10): now only operators do, and admins follow the work. */
	@Test
	void operatorsAssignBrokersAndAgencyAdminsOnlyFollowTheirWork() {
		assertThat(assign(this.operator, this.broker.accountId(), "NEED", this.need)).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.subjectTitle").isEqualTo("铜冶炼烟气中二氧化硫高效回收技术");
				assertThat(json).extractingPath("$.agencyOrganisationId").asNumber()
					.satisfies(id -> assertThat(id.longValue()).isEqualTo(this.broker.organisationId()));
			});
		assertThat(assign(this.operator, this.broker.accountId(), "NEED", this.need))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(assign(this.agencyAdmin, this.broker.accountId(), "CONVERSATION", 9_000_001L))
			.as("the agency's admin, to a conversation")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(assign(this.agencyAdmin, this.broker.accountId(), "NEED", this.need))
			.as("the agency's admin, to a public need")
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(assign(this.agencies.agency().admin(), this.broker.accountId(), "NEED", this.need))
			.as("another agency's admin")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(assign(this.owner, this.broker.accountId(), "NEED", this.need)).as("a plain member")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(assign(this.operator, this.agencyAdmin.accountId(), "NEED", this.need))
			.as("an account without the broker role")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("brokerAccountId");
		assertThat(assign(this.operator, this.broker.accountId(), "DEAL", 1L)).hasStatus(HttpStatus.BAD_REQUEST);

		assertThat(this.mvc.get().uri("/api/v1/broker/assignments").with(as(this.broker))).bodyJson()
			.extractingPath("$[*].subjectType")
			.asArray()
			.containsExactly("NEED");
		MvcTestResult ofNeed = this.mvc.get()
			.uri("/api/v1/broker/assignments?subjectType=NEED&subjectId={id}", this.need)
			.with(as(this.operator))
			.exchange();
		long assignment = ((Number) JsonPath.read(PostingApi.body(ofNeed), "$[0].id")).longValue();
		assertThat(this.mvc.get().uri("/api/v1/broker/brokers").with(as(this.agencyAdmin))).bodyJson()
			.extractingPath("$[*].accountId")
			.asArray()
			.containsExactly(Math.toIntExact(this.broker.accountId()));

		assertThat(this.mvc.delete().uri("/api/v1/broker/assignments/{id}", assignment).with(as(this.broker)))
			.as("brokers do not drop their own work")
			.hasStatus(HttpStatus.FORBIDDEN);
		Actor stranger = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "无关企业"), true);
		assertThat(this.mvc.delete().uri("/api/v1/broker/assignments/{id}", assignment).with(as(stranger)))
			.as("neither the posting's owner nor the agency")
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.delete().uri("/api/v1/broker/assignments/{id}", assignment).with(as(this.agencyAdmin)))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/broker/assignments").with(as(this.broker))).bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
	}

	@Test
	void anOverdueFollowUpIsFlaggedOnceAndShownToTheBrokerAndTheAgencysAdmins() {
		assertThat(assign(this.operator, this.broker.accountId(), "NEED", this.need)).hasStatus(HttpStatus.CREATED);
		LocalDate today = LocalDate.now(this.clock.withZone(FollowUpManagement.HENGYANG));
		assertThat(followUp(this.broker, "NEED", this.need, today.minusDays(1))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("dueOn");
		assertThat(followUp(this.broker, "RESULT", this.need, today)).as("not assigned to it")
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(followUp(this.owner, "NEED", this.need, today)).as("not a broker").hasStatus(HttpStatus.FORBIDDEN);
		MvcTestResult created = followUp(this.broker, "NEED", this.need, today.plusDays(1));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		long followUp = ((Number) JsonPath.read(PostingApi.body(created), "$.id")).longValue();

		List<FollowUpOverdue> flagged = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> listener = event -> {
			if (event instanceof PayloadApplicationEvent<?> payload
					&& payload.getPayload() instanceof FollowUpOverdue overdue && overdue.followUpId() == followUp) {
				flagged.add(overdue);
			}
		};
		this.context.addApplicationListener(listener);
		try {
			this.overdue.flagOverdue();
			assertThat(flagged).as("not due yet").isEmpty();
			this.clock.advance(Duration.ofDays(3));
			this.overdue.flagOverdue();
			this.overdue.flagOverdue();
			assertThat(flagged).as("flagged once")
				.containsExactly(new FollowUpOverdue(this.broker.accountId(), this.broker.organisationId(), followUp));
		}
		finally {
			this.context.removeApplicationListener(listener);
		}

		assertThat(this.mvc.get().uri("/api/v1/broker/follow-ups").with(as(this.broker))).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$[0].overdue").isEqualTo(true);
				assertThat(json).extractingPath("$[0].overdueFlaggedAt").isNotNull();
			});
		assertThat(this.mvc.get().uri("/api/v1/broker/follow-ups?scope=agency").with(as(this.agencyAdmin)))
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly(Math.toIntExact(followUp));
		assertThat(this.mvc.get().uri("/api/v1/broker/follow-ups?scope=agency").with(as(this.agencies.agency().admin())))
			.bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
		assertThat(this.mvc.get().uri("/api/v1/broker/follow-ups?scope=agency").with(as(this.broker)))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.mvc.post().uri("/api/v1/broker/follow-ups/{id}/done", followUp).with(as(this.agencyAdmin)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/api/v1/broker/follow-ups/{id}/done", followUp).with(as(this.broker)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.overdue")
			.isEqualTo(false);
		assertThat(this.mvc.get().uri("/api/v1/broker/follow-ups?scope=agency").with(as(this.agencyAdmin)))
			.bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
	}

	@Test
	void theWorkbenchSuggestsMatchesForAssignedPostingsAndListsTheBrokersDeals() {
		String marker = "wb" + Long.toHexString(System.nanoTime());
		Actor university = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.UNIVERSITY, "衡阳某大学"), true);
		long result = PostingApi.results(this.mvc).published(university, this.operator,
				aResult().titled("低品位氧化铅锌矿选冶联合回收技术 " + marker));
		long need = PostingApi.needs(this.mvc).published(this.owner, this.operator,
				aNeed().titled("氧化铅锌矿浮选回收率提升 " + marker));
		// A shared test database may hold a backlog of earlier runs' publications that the outbox resubmits first.
		Eventually.within(Duration.ofSeconds(60), "both searchable", () -> this.search
			.search(marker, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 10, null)
			.total() == 2);
		assertThat(assign(this.operator, this.broker.accountId(), "NEED", need)).hasStatus(HttpStatus.CREATED);

		DealApi deals = new DealApi(this.mvc);
		assertThat(deals.create(as(this.broker), Map.of("needId", this.need, "resultId", result)))
			.as("a broker not assigned to either posting")
			.hasStatus(HttpStatus.FORBIDDEN);
		long deal = deals.open(this.broker, Map.of("needId", need, "resultId", result));
		assertThat(deals.get(as(this.owner), deal)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.demandConfirmed").as("a broker's deal awaits both sides").isEqualTo(false);
			assertThat(json).extractingPath("$.supplyConfirmed").isEqualTo(false);
		});
		deals.confirmed(this.owner, deal);
		deals.confirmed(university, deal);
		assertThat(deals.propose(as(this.broker), deal, DealApi.stage("NDA_SIGNED", deals.version(this.broker, deal))))
			.hasStatusOk();
		assertThat(deals.confirmProposal(as(this.owner), deal, deals.version(this.owner, deal))).hasStatusOk();
		assertThat(deals.stageOf(this.owner, deal)).as("the broker's proposal counts for neither side")
			.isEqualTo("CONTACTED");
		assertThat(deals.confirmProposal(as(university), deal, deals.version(university, deal))).hasStatusOk();
		assertThat(deals.stageOf(this.owner, deal)).isEqualTo("NDA_SIGNED");

		assertThat(this.mvc.get().uri("/api/v1/broker/workbench").with(as(this.broker))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.items[0].posting.id").asNumber()
					.satisfies(id -> assertThat(id.longValue()).isEqualTo(need));
				// Other tests load many similar results into the shared index: among the five suggestions is enough.
				assertThat(json).extractingPath("$.items[0].matches[*].id").asArray()
					.as("the result is among the suggestions")
					.contains(Math.toIntExact(result));
				assertThat(json).extractingPath("$.deals[0].id").asNumber()
					.satisfies(id -> assertThat(id.longValue()).isEqualTo(deal));
				assertThat(json).extractingPath("$.deals[0].broker.accountId").asNumber()
					.satisfies(id -> assertThat(id.longValue()).isEqualTo(this.broker.accountId()));
			});
		assertThat(this.mvc.get().uri("/api/v1/broker/workbench").with(as(this.owner)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(followUp(this.broker, "DEAL", deal, LocalDate.now(this.clock.withZone(FollowUpManagement.HENGYANG))))
			.hasStatus(HttpStatus.CREATED);
	}

	@Test
	void anAssignedBrokerProposesAnIntroductionAndOverseesNoConversationUnasked() {
		Actor university = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.UNIVERSITY, "衡阳某大学"), true);
		long result = PostingApi.results(this.mvc).published(university, this.operator, aResult());
		Map<String, Object> introduction = Map.of("needId", this.need, "resultId", result, "onBehalfOf", "NEED",
				"message", "贵单位的除铊吸附技术与该企业的废水需求高度契合，建议面谈");

		assertThat(introduce(this.broker, introduction)).as("not assigned to either posting")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(introduce(this.owner, introduction)).as("not a broker").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(assign(this.operator, this.broker.accountId(), "NEED", this.need)).hasStatus(HttpStatus.CREATED);
		assertThat(introduce(this.broker, Map.of("needId", this.need, "resultId", result, "onBehalfOf", "NEED")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("message");

		assertThat(introduce(this.broker, introduction)).hasStatus(HttpStatus.CREATED).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.posting.id").asNumber()
				.satisfies(id -> assertThat(id.longValue()).as("interest in the result").isEqualTo(result));
			assertThat(json).extractingPath("$.interestedOrganisation.id").asNumber()
				.satisfies(id -> assertThat(id.longValue()).isEqualTo(this.owner.organisationId()));
			assertThat(json).extractingPath("$.offeredPosting.id").asNumber()
				.satisfies(id -> assertThat(id.longValue()).isEqualTo(this.need));
			assertThat(json).extractingPath("$.introducedBy.accountId").asNumber()
				.satisfies(id -> assertThat(id.longValue()).isEqualTo(this.broker.accountId()));
			assertThat(json).extractingPath("$.status").as("until the need's owner confirms it").isEqualTo("PROPOSED");
		});
		assertThat(introduce(this.broker, introduction)).as("one open interest per organisation and posting")
			.hasStatus(HttpStatus.CONFLICT);

		assertThat(assign(this.agencyAdmin, this.broker.accountId(), "CONVERSATION", 9_000_777L))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(assign(this.operator, this.broker.accountId(), "CONVERSATION", 9_000_777L))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.oversight.oversees(this.broker.accountId(), 9_000_777L)).isFalse();
		assertThat(this.oversight.oversees(this.agencyAdmin.accountId(), 9_000_777L)).isFalse();
	}

	@Test
	void aDealOpenedOnTheWorkbenchLinksTheOnlyConversationOfItsTwoOrganisationsAboutItsPostings() {
		Actor university = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.UNIVERSITY, "衡阳某大学"), true);
		long result = PostingApi.results(this.mvc).published(university, this.operator, aResult());
		assertThat(assign(this.operator, this.broker.accountId(), "NEED", this.need)).hasStatus(HttpStatus.CREATED);
		MvcTestResult introduced = introduce(this.broker, Map.of("needId", this.need, "resultId", result, "onBehalfOf",
				"NEED", "message", "贵单位的除铊吸附技术与该企业的废水需求高度契合，建议面谈"));
		assertThat(introduced).hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.post().uri("/api/v1/interests/{id}/confirmation", id(introduced)).with(as(this.owner)))
			.as("the introduced need's owner confirms")
			.hasStatusOk();
		long conversation = acceptedConversation(university, id(introduced));

		DealApi deals = new DealApi(this.mvc);
		long deal = deals.open(this.broker, Map.of("needId", this.need, "resultId", result));
		assertThat(deals.get(as(this.owner), deal)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.conversationId")
			.asNumber()
			.satisfies(id -> assertThat(id.longValue()).as("the conversation the introduction opened")
				.isEqualTo(conversation));

		// The university also asks about the need itself: two conversations, and no way to tell which one is meant.
		MvcTestResult asked = this.mvc.post()
			.uri("/api/v1/interests")
			.with(as(university))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(Map.of("postingId", this.need, "message", "我校另有一项相关成果，可一并洽谈")))
			.exchange();
		assertThat(asked).hasStatus(HttpStatus.CREATED);
		acceptedConversation(this.owner, id(asked));
		long second = deals.open(this.broker, Map.of("needId", this.need, "resultId", result));
		assertThat(deals.get(as(this.owner), second)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.conversationId")
			.as("two conversations of the pair: none is linked")
			.isNull();
	}

	private long acceptedConversation(Actor owner, long interest) {
		MvcTestResult accepted = this.mvc.post().uri("/api/v1/interests/{id}/acceptance", interest).with(as(owner))
			.exchange();
		assertThat(accepted).as("accepting interest %d", interest).hasStatusOk();
		return ((Number) JsonPath.read(PostingApi.body(accepted), "$.conversationId")).longValue();
	}

	private static long id(MvcTestResult created) {
		return ((Number) JsonPath.read(PostingApi.body(created), "$.id")).longValue();
	}

	private MvcTestResult introduce(Actor who, Map<String, ?> body) {
		return this.mvc.post()
			.uri("/api/v1/broker/introductions")
			.with(as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(body))
			.exchange();
	}

	private MvcTestResult assign(Actor who, long broker, String type, long subject) {
		return this.mvc.post()
			.uri("/api/v1/broker/assignments")
			.with(as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(Map.of("brokerAccountId", broker, "subjectType", type, "subjectId", subject)))
			.exchange();
	}

	private MvcTestResult followUp(Actor who, String type, long subject, LocalDate due) {
		return this.mvc.post()
			.uri("/api/v1/broker/follow-ups")
			.with(as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(
					Map.of("subjectType", type, "subjectId", subject, "note", "电话回访企业技术负责人", "dueOn", due.toString())))
			.exchange();
	}

}
