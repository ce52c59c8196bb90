package org.hengqiao.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.result.ResultRequests.aResult;
import static org.hengqiao.testing.Acting.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Deals through every stage, with the postings following them. */
@HengqiaoIntegrationTest
@RecordApplicationEvents
class DealStagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	DealApi deals;

	Actor enterprise;

	Actor university;

	Actor operator;

	long need;

	long result;

	@BeforeEach
	void setUp() {
		this.deals = new DealApi(this.mvc);
		Organisations organisations = new Organisations(this.jdbc);
		this.enterprise = Organisations.memberOf(organisations.verified(OrganisationType.ENTERPRISE, "衡阳有色冶炼厂"), true);
		this.university = Organisations.memberOf(organisations.verified(OrganisationType.UNIVERSITY, "南华大学"), true);
		this.operator = Organisations.operator();
		this.need = PostingApi.needs(this.mvc).published(this.enterprise, this.operator, aNeed());
		this.result = PostingApi.results(this.mvc).published(this.university, this.operator, aResult());
	}

	@Test
	void aDealReachesCompletionWithTheContractAndThePostingsFollow() {
		long deal = this.deals.open(this.enterprise, Map.of("needId", this.need, "resultId", this.result));
		assertThat(this.deals.get(as(this.university), deal)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.stage").isEqualTo("CONTACTED");
			assertThat(json).extractingPath("$.demandOrganisation.name").isEqualTo("衡阳有色冶炼厂");
			assertThat(json).extractingPath("$.nextStages").asArray().as("until it confirms, it may only decline")
				.containsExactly("LOST");
		});
		this.deals.confirmed(this.university, deal);
		assertThat(this.deals.get(as(this.university), deal)).bodyJson()
			.extractingPath("$.nextStages")
			.asArray()
			.containsExactly("NDA_SIGNED", "LOST");
		assertThat(status(PostingApi.needs(this.mvc), this.need)).as("first contact commits nobody")
			.isEqualTo("PUBLISHED");

		this.deals.advance(this.university, this.enterprise, deal, "NDA_SIGNED");
		this.deals.advance(this.enterprise, this.university, deal, "NEGOTIATING");
		assertThat(status(PostingApi.needs(this.mvc), this.need)).isEqualTo("IN_NEGOTIATION");
		assertThat(status(PostingApi.results(this.mvc), this.result)).isEqualTo("IN_NEGOTIATION");

		Map<String, Object> signing = DealApi.stage("CONTRACT_SIGNED", this.deals.version(this.enterprise, deal));
		signing.put("contract", DealApi.contract(LocalDate.now()));
		assertThat(this.deals.propose(as(this.enterprise), deal, signing)).hasStatusOk();
		assertThat(this.deals.confirmProposal(as(this.university), deal, this.deals.version(this.university, deal)))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.stage").isEqualTo("CONTRACT_SIGNED");
				assertThat(json).extractingPath("$.contract.type").isEqualTo("DEVELOPMENT");
				assertThat(json).extractingPath("$.contract.parties[1].name").isEqualTo("南华大学");
				assertThat(json).extractingPath("$.nextStages").asArray().containsExactly("IN_EXECUTION");
			});
		assertThat(status(PostingApi.needs(this.mvc), this.need)).isEqualTo("CLOSED");
		assertThat(this.jdbc.sql("select outcome from posting where id in (:ids)")
			.param("ids", List.of(this.need, this.result))
			.query(String.class)
			.list()).as("both postings closed as matched").containsExactly("MATCHED", "MATCHED");

		this.deals.advance(this.university, this.enterprise, deal, "IN_EXECUTION");
		this.deals.advance(this.enterprise, this.university, deal, "COMPLETED");
		assertThat(this.deals.move(as(this.enterprise), deal,
				Map.of("stage", "LOST", "version", this.deals.version(this.enterprise, deal), "reason", "太晚了")))
			.as("a completed deal cannot be lost")
			.hasStatus(HttpStatus.CONFLICT);

		assertThat(this.deals.history(as(this.operator), deal)).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$[?(@.action == null)].to").asArray().containsExactly("CONTACTED",
					"NDA_SIGNED", "NEGOTIATING", "CONTRACT_SIGNED", "IN_EXECUTION", "COMPLETED");
			assertThat(json).extractingPath("$[?(@.action == null)].from").asArray().contains("NEGOTIATING");
			assertThat(json).extractingPath("$[?(@.to == 'CONTRACT_SIGNED' && @.action == null)].actorAccountId")
				.asArray()
				.as("the signature takes effect with the other side's confirmation")
				.containsExactly(Math.toIntExact(this.university.accountId()));
			assertThat(json).extractingPath("$[?(@.to == 'CONTRACT_SIGNED')].details").asArray()
				.allSatisfy(details -> assertThat((String) details).contains("1200000"));
			assertThat(json).extractingPath("$[?(@.action == 'PROPOSED')].to").asArray()
				.as("each stage proposed first")
				.containsExactly("NDA_SIGNED", "NEGOTIATING", "CONTRACT_SIGNED", "IN_EXECUTION", "COMPLETED");
		});
		assertThat(this.events.stream(DealStageChanged.class).filter(event -> event.dealId() == deal))
			.as("one event per stage change")
			.hasSize(6);
		assertThat(this.jdbc.sql("""
				select count(*) from posting_audit
				where posting_id = :id and actor_id = :actor and action in ('NEGOTIATION_STARTED', 'CLOSED')""")
			.param("id", this.result)
			.param("actor", this.university.accountId())
			.query(Long.class)
			.single()).as("the result's audit log records the deal's changes against the owner who agreed to them")
			.isEqualTo(2);
	}

	@Test
	void signingNeedsEveryContractFieldAndAPastOrPresentDate() {
		long deal = negotiating();
		Map<String, Object> empty = DealApi.stage("CONTRACT_SIGNED", this.deals.version(this.enterprise, deal));
		empty.put("contract", Map.of());
		assertThat(this.deals.propose(as(this.enterprise), deal, empty)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("contract.valueYuan", "contract.cooperationMode", "contract.signedOn",
					"contract.title", "contract.type", "contract.parties");

		Map<String, Object> contract = new HashMap<>(DealApi.contract(LocalDate.now().plusDays(3)));
		contract.put("valueYuan", -5);
		Map<String, Object> wrong = DealApi.stage("CONTRACT_SIGNED", this.deals.version(this.enterprise, deal));
		wrong.put("contract", contract);
		assertThat(this.deals.propose(as(this.enterprise), deal, wrong))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("contract.valueYuan", "contract.signedOn");
		assertThat(this.deals.get(as(this.enterprise), deal)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.stage").as("nothing half-written").isEqualTo("NEGOTIATING");
			assertThat(json).extractingPath("$.proposal").as("nothing proposed").isNull();
		});
	}

	@Test
	void aLostDealNeedsAReasonAndGivesThePostingsBackUnlessAnotherDealNegotiatesOnThem() {
		long first = negotiating();
		long third = new Organisations(this.jdbc).verified(OrganisationType.RESEARCH_INSTITUTE, "衡阳某研究所");
		Actor institute = Organisations.memberOf(third, true);
		long second = this.deals.open(this.enterprise, Map.of("needId", this.need, "counterpartOrganisationId", third));
		this.deals.confirmed(institute, second);
		this.deals.advance(this.enterprise, institute, second, "NDA_SIGNED");
		this.deals.advance(this.enterprise, institute, second, "NEGOTIATING");

		assertThat(this.deals.move(as(this.enterprise), first,
				DealApi.stage("LOST", this.deals.version(this.enterprise, first))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("reason");
		Map<String, Object> lost = DealApi.stage("LOST", this.deals.version(this.enterprise, first));
		lost.put("reason", "价格未谈拢");
		assertThat(this.deals.move(as(this.university), first, lost)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.lostReason")
			.isEqualTo("价格未谈拢");
		assertThat(status(PostingApi.results(this.mvc), this.result)).as("only the lost deal held the result")
			.isEqualTo("PUBLISHED");
		assertThat(status(PostingApi.needs(this.mvc), this.need)).as("the second deal still negotiates on the need")
			.isEqualTo("IN_NEGOTIATION");

		Map<String, Object> alsoLost = DealApi.stage("LOST", this.deals.version(this.enterprise, second));
		alsoLost.put("reason", "技术路线不符");
		assertThat(this.deals.move(as(this.enterprise), second, alsoLost)).hasStatusOk();
		assertThat(status(PostingApi.needs(this.mvc), this.need)).isEqualTo("PUBLISHED");
		assertThat(this.deals.history(as(this.enterprise), first)).bodyJson()
			.extractingPath("$[?(@.to == 'LOST')].details")
			.asArray()
			.containsExactly("价格未谈拢");
	}

	@Test
	void illegalMovesAndStaleVersionsConflict() {
		long deal = this.deals.open(this.university, Map.of("needId", this.need, "resultId", this.result));
		this.deals.confirmed(this.enterprise, deal);
		long version = this.deals.version(this.enterprise, deal);
		assertThat(this.deals.move(as(this.enterprise), deal, DealApi.stage("NEGOTIATING", version)))
			.as("skipping the NDA")
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.from")
			.isEqualTo("CONTACTED");
		assertThat(this.deals.move(as(this.enterprise), deal, DealApi.stage("NDA_SIGNED", version))).hasStatusOk();
		assertThat(this.deals.confirmProposal(as(this.university), deal, version))
			.as("based on the version before the NDA was proposed")
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.currentVersion")
			.asNumber()
			.satisfies(current -> assertThat(current.longValue()).isGreaterThan(version));
		assertThat(this.deals.confirmProposal(as(this.university), deal, version + 1)).hasStatusOk();
		assertThat(this.deals.move(as(this.university), deal, DealApi.stage("CONTACTED", version + 2)))
			.as("no step back")
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void outsidersSeeNoDealOperatorsReadButDoNotMoveThem() {
		long deal = this.deals.open(this.enterprise, Map.of("needId", this.need, "resultId", this.result));
		long elsewhere = new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "无关企业");
		Actor outsider = Organisations.memberOf(elsewhere, true);

		assertThat(this.deals.get(as(outsider), deal)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.deals.history(as(outsider), deal)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.deals.move(as(outsider), deal, DealApi.stage("NDA_SIGNED", 0)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/v1/deals").with(as(outsider))).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.doesNotContain((int) deal);
		assertThat(this.deals.create(as(outsider), Map.of("needId", this.need, "resultId", this.result)))
			.as("outsiders cannot open a deal between others")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.deals.get(org.hengqiao.testing.Acting.anonymous(), deal)).hasStatus(HttpStatus.UNAUTHORIZED);

		assertThat(this.deals.get(as(this.operator), deal)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.nextStages")
			.asArray()
			.isEmpty();
		assertThat(this.deals.move(as(this.operator), deal, DealApi.stage("NDA_SIGNED", 0)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/api/v1/deals?stage=CONTACTED").with(as(this.operator))).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains((int) deal);
		assertThat(this.mvc.get().uri("/api/v1/deals?stage=LOST").with(as(this.enterprise))).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.doesNotContain((int) deal);
	}

	@Test
	void aDealOnOnePostingNamesTheOtherSideAndRefusesDraftsAndItsOwnOrganisation() {
		assertThat(this.deals.create(as(this.enterprise), Map.of("needId", this.need)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("counterpartOrganisationId");
		assertThat(this.deals.create(as(this.enterprise),
				Map.of("needId", this.need, "counterpartOrganisationId", this.enterprise.organisationId())))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.deals.create(as(this.enterprise), Map.of())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("needId");
		long draft = PostingApi.results(this.mvc).draft(this.university, aResult().withExternalId("draft-" + System.nanoTime()));
		assertThat(this.deals.create(as(this.enterprise),
				Map.of("resultId", draft, "counterpartOrganisationId", this.enterprise.organisationId())))
			.as("someone else's draft is not found")
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.deals.create(as(this.university),
				Map.of("resultId", draft, "counterpartOrganisationId", this.enterprise.organisationId())))
			.as("one's own draft is not open for deals")
			.hasStatus(HttpStatus.CONFLICT);

		long deal = this.deals.open(this.university,
				Map.of("resultId", this.result, "counterpartOrganisationId", this.enterprise.organisationId()));
		assertThat(this.deals.get(as(this.enterprise), deal)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.demandOrganisation.id")
			.asNumber()
			.satisfies(id -> assertThat(id.longValue()).isEqualTo(this.enterprise.organisationId()));
	}

	private long negotiating() {
		long deal = this.deals.open(this.enterprise, Map.of("needId", this.need, "resultId", this.result));
		this.deals.confirmed(this.university, deal);
		this.deals.advance(this.enterprise, this.university, deal, "NDA_SIGNED");
		this.deals.advance(this.enterprise, this.university, deal, "NEGOTIATING");
		return deal;
	}

	private String status(PostingApi api, long id) {
		return com.jayway.jsonpath.JsonPath.read(PostingApi.body(api.get(as(this.operator), id)), "$.status");
	}

}
