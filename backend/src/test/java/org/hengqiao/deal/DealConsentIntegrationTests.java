package org.hengqiao.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.result.ResultRequests.aResult;
import static org.hengqiao.testing.Acting.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.search.Eventually;
import org.hengqiao.search.PostingSearch;
import org.hengqiao.search.SearchFilters;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

/**
 * A deal binds two organisations only with both sides' recorded consent: who may open one, the other side's
 * confirmation, every binding stage proposed by one side and confirmed by the other, disputes and voids.
 */
@HengqiaoIntegrationTest
class DealConsentIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PostingSearch search;

	DealApi deals;

	Organisations organisations;

	Actor university;

	Actor enterprise;

	Actor operator;

	String marker;

	long result;

	long need;

	@BeforeEach
	void setUp() {
		this.deals = new DealApi(this.mvc);
		this.organisations = new Organisations(this.jdbc);
		this.university = Organisations.memberOf(this.organisations.verified(OrganisationType.UNIVERSITY, "南华大学"),
				true);
		this.enterprise = Organisations
			.memberOf(this.organisations.verified(OrganisationType.ENTERPRISE, "衡阳有色冶炼厂"), true);
		this.operator = Organisations.operator();
		this.marker = "consent" + Long.toHexString(System.nanoTime());
		this.result = PostingApi.results(this.mvc)
			.published(this.university, this.operator, aResult().titled("高纯铟提取与回收技术 " + this.marker));
		this.need = PostingApi.needs(this.mvc).published(this.enterprise, this.operator, aNeed());
	}

	@Test
	void anUnverifiedOrganisationCannotOpenADealOnSomeoneElsesResult() {
		long unverified = this.organisations.unverified(OrganisationType.ENTERPRISE, "刚注册的企业");
		Actor newcomer = Organisations.memberOf(unverified, false);

		assertThat(this.deals.create(as(newcomer), Map.of("resultId", this.result, "counterpartOrganisationId",
				unverified)))
			.as("the finding: counterpart = itself")
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.type")
			.asString()
			.endsWith("dealNeedsVerifiedOrganisation");
		assertThat(this.deals.create(as(newcomer),
				Map.of("resultId", this.result, "counterpartOrganisationId", this.enterprise.organisationId())))
			.as("counterpart = a stranger")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(status(this.result)).as("the owner's result is untouched").isEqualTo("PUBLISHED");
	}

	@Test
	void theCounterpartMustExistAndBeVerified() {
		long unverified = this.organisations.unverified(OrganisationType.ENTERPRISE, "未认证企业");
		assertThat(this.deals.create(as(this.university),
				Map.of("resultId", this.result, "counterpartOrganisationId", unverified)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("counterpartOrganisationId");
		assertThat(this.deals.create(as(this.university),
				Map.of("resultId", this.result, "counterpartOrganisationId", 987_654_321L)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("counterpartOrganisationId");
		assertThat(this.deals.create(as(this.university), Map.of("resultId", this.result, "counterpartOrganisationId",
				this.enterprise.organisationId(), "conversationId", 987_654_321L)))
			.as("a conversation that does not exist")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("conversationId");
	}

	@Test
	void aDealOpenedByAVerifiedStrangerAwaitsTheOwnersConfirmationAndTouchesNothing() {
		long deal = this.deals.open(this.enterprise,
				Map.of("resultId", this.result, "counterpartOrganisationId", this.enterprise.organisationId()));
		assertThat(this.deals.get(as(this.enterprise), deal)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.confirmed").isEqualTo(false);
			assertThat(json).extractingPath("$.demandConfirmed").isEqualTo(true);
			assertThat(json).extractingPath("$.supplyConfirmed").isEqualTo(false);
			assertThat(json).extractingPath("$.actions").asArray().as("the opener may only withdraw")
				.containsExactly("MARK_LOST", "DISPUTE");
		});
		assertThat(this.deals.get(as(this.university), deal)).bodyJson()
			.extractingPath("$.actions")
			.asArray()
			.contains("CONFIRM_DEAL");

		for (String stage : List.of("NDA_SIGNED", "NEGOTIATING", "CONTRACT_SIGNED")) {
			assertThat(this.deals.propose(as(this.enterprise), deal,
					DealApi.stage(stage, this.deals.version(this.enterprise, deal))))
				.as("nothing moves before the other side confirmed: %s", stage)
				.hasStatus(HttpStatus.CONFLICT);
		}
		assertThat(this.deals.confirm(as(this.enterprise), deal, this.deals.version(this.enterprise, deal)))
			.as("the opener cannot confirm for the other side")
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(status(this.result)).as("an unconfirmed deal never touches a posting").isEqualTo("PUBLISHED");

		assertThat(this.deals.confirm(as(this.university), deal, this.deals.version(this.university, deal)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.confirmed")
			.isEqualTo(true);
		this.deals.advance(this.enterprise, this.university, deal, "NDA_SIGNED");
		this.deals.advance(this.university, this.enterprise, deal, "NEGOTIATING");
		assertThat(status(this.result)).as("both sides agreed to negotiate").isEqualTo("IN_NEGOTIATION");
	}

	@Test
	void oneSideAloneCannotMoveADealToAnyBindingStage() {
		long deal = confirmedDeal();
		for (String stage : List.of("NDA_SIGNED", "NEGOTIATING", "CONTRACT_SIGNED", "IN_EXECUTION", "COMPLETED")) {
			Map<String, Object> proposal = DealApi.stage(stage, this.deals.version(this.enterprise, deal));
			if (stage.equals("CONTRACT_SIGNED")) {
				proposal.put("contract", DealApi.contract(LocalDate.now()));
			}
			assertThat(this.deals.propose(as(this.enterprise), deal, proposal)).as("proposing %s", stage)
				.hasStatusOk()
				.bodyJson()
				.satisfies(json -> {
					assertThat(json).extractingPath("$.proposal.stage").isEqualTo(stage);
					assertThat(json).extractingPath("$.stage").as("a proposal is not a move").isNotEqualTo(stage);
				});
			assertThat(this.deals.confirmProposal(as(this.enterprise), deal, this.deals.version(this.enterprise, deal)))
				.as("the proposer's side cannot confirm its own proposal of %s", stage)
				.hasStatus(HttpStatus.CONFLICT);
			if (stage.equals("NEGOTIATING")) {
				assertThat(status(this.result)).as("the owner's result before it agreed").isEqualTo("PUBLISHED");
			}
			if (stage.equals("CONTRACT_SIGNED")) {
				assertThat(this.deals.get(as(this.university), deal)).bodyJson()
					.extractingPath("$.proposal.contract.title")
					.as("the other side sees the terms it is asked to sign")
					.isEqualTo("铜冶炼烟气二氧化硫回收技术开发合同");
				assertThat(status(this.result)).isEqualTo("IN_NEGOTIATION");
			}
			assertThat(this.deals.confirmProposal(as(this.university), deal, this.deals.version(this.university, deal)))
				.as("the other side confirms %s in its own session", stage)
				.hasStatusOk()
				.bodyJson()
				.extractingPath("$.stage")
				.isEqualTo(stage);
		}
		assertThat(status(this.result)).isEqualTo("CLOSED");
	}

	@Test
	void theOtherSideAgreesToExactlyTheTermsItSawAndMayRejectThem() {
		long deal = confirmedDeal();
		this.deals.advance(this.enterprise, this.university, deal, "NDA_SIGNED");
		this.deals.advance(this.enterprise, this.university, deal, "NEGOTIATING");
		long seen = this.deals.version(this.university, deal);
		Map<String, Object> signing = DealApi.stage("CONTRACT_SIGNED", this.deals.version(this.enterprise, deal));
		signing.put("contract", DealApi.contract(LocalDate.now()));
		assertThat(this.deals.propose(as(this.enterprise), deal, signing)).hasStatusOk();
		assertThat(this.deals.confirmProposal(as(this.university), deal, seen))
			.as("confirming at a version from before the terms were proposed")
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(this.deals.rejectProposal(as(this.university), deal, this.deals.version(this.university, deal)))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.proposal").isNull();
				assertThat(json).extractingPath("$.stage").isEqualTo("NEGOTIATING");
				assertThat(json).extractingPath("$.contract").isNull();
			});
		assertThat(this.deals.history(as(this.enterprise), deal)).bodyJson()
			.extractingPath("$[*].action")
			.asArray()
			.contains("PROPOSED", "PROPOSAL_REJECTED");
	}

	@Test
	void aContractMustNameTheTwoOrganisations() {
		long deal = confirmedDeal();
		this.deals.advance(this.enterprise, this.university, deal, "NDA_SIGNED");
		this.deals.advance(this.enterprise, this.university, deal, "NEGOTIATING");
		Map<String, Object> contract = new HashMap<>(DealApi.contract(LocalDate.now()));
		contract.put("parties", List.of(Map.of("role", "CLIENT", "name", "衡阳有色冶炼厂"),
				Map.of("role", "CONTRACTOR", "name", "某第三方公司")));
		Map<String, Object> signing = DealApi.stage("CONTRACT_SIGNED", this.deals.version(this.enterprise, deal));
		signing.put("contract", contract);
		assertThat(this.deals.propose(as(this.enterprise), deal, signing)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("contract.parties");
	}

	@Test
	void theOwnerDisputesASignedDealAndGetsItsResultBackInSearch() {
		long deal = confirmedDeal();
		this.deals.advance(this.enterprise, this.university, deal, "NDA_SIGNED");
		this.deals.advance(this.enterprise, this.university, deal, "NEGOTIATING");
		Map<String, Object> signing = DealApi.stage("CONTRACT_SIGNED", this.deals.version(this.enterprise, deal));
		signing.put("contract", DealApi.contract(LocalDate.now()));
		assertThat(this.deals.propose(as(this.enterprise), deal, signing)).hasStatusOk();
		assertThat(this.deals.confirmProposal(as(this.university), deal, this.deals.version(this.university, deal)))
			.hasStatusOk();
		assertThat(status(this.result)).isEqualTo("CLOSED");
		Eventually.within(Duration.ofSeconds(60), "the closed result leaves search", () -> found() == 0);

		assertThat(this.deals.dispute(as(this.university), deal, Map.of())).as("a dispute needs a reason")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("reason");
		assertThat(this.deals.dispute(as(this.university), deal, Map.of("reason", "对方未按约定付款")))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.stage").isEqualTo("DISPUTED");
				assertThat(json).extractingPath("$.endReason").isEqualTo("对方未按约定付款");
				assertThat(json).extractingPath("$.actions").asArray().isEmpty();
			});
		assertThat(status(this.result)).as("the disputed deal gives the result back").isEqualTo("PUBLISHED");
		assertThat(status(this.need)).isEqualTo("PUBLISHED");
		Eventually.within(Duration.ofSeconds(60), "the result is searchable again", () -> found() == 1);
		assertThat(this.deals.dispute(as(this.enterprise), deal, Map.of("reason", "再次争议")))
			.as("a finished deal cannot be disputed again")
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(this.deals.history(as(this.enterprise), deal)).bodyJson()
			.extractingPath("$[-1:].to")
			.asArray()
			.containsExactly("DISPUTED");
	}

	@Test
	void operatorsVoidADealButNeitherProposeNorConfirm() {
		long deal = confirmedDeal();
		Map<String, Object> proposal = DealApi.stage("NDA_SIGNED", this.deals.version(this.operator, deal));
		assertThat(this.deals.propose(as(this.operator), deal, proposal)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.deals.confirm(as(this.operator), deal, this.deals.version(this.operator, deal)))
			.hasStatus(HttpStatus.FORBIDDEN);
		this.deals.advance(this.enterprise, this.university, deal, "NDA_SIGNED");
		assertThat(this.deals.propose(as(this.enterprise), deal,
				DealApi.stage("NEGOTIATING", this.deals.version(this.enterprise, deal))))
			.hasStatusOk();
		assertThat(this.deals.confirmProposal(as(this.operator), deal, this.deals.version(this.operator, deal)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.deals.confirmProposal(as(this.university), deal, this.deals.version(this.university, deal)))
			.hasStatusOk();
		assertThat(status(this.result)).isEqualTo("IN_NEGOTIATION");

		assertThat(this.deals.get(as(this.operator), deal)).bodyJson()
			.extractingPath("$.actions")
			.asArray()
			.containsExactly("VOID");
		assertThat(this.deals.voidDeal(as(this.enterprise), deal, Map.of("reason", "不想要了")))
			.as("only operators void")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.deals.voidDeal(as(this.operator), deal, Map.of("reason", "合同涉嫌虚假")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.stage")
			.isEqualTo("VOIDED");
		assertThat(status(this.result)).isEqualTo("PUBLISHED");
		assertThat(status(this.need)).isEqualTo("PUBLISHED");
	}

	@Test
	void aMemberOfAThirdOrganisationFindsNoDeal() {
		long deal = confirmedDeal();
		Actor stranger = Organisations.memberOf(this.organisations.verified(OrganisationType.ENTERPRISE, "无关企业"),
				true);
		List<MvcTestResult> answers = List.of(this.deals.get(as(stranger), deal),
				this.deals.history(as(stranger), deal), this.deals.confirm(as(stranger), deal, 0),
				this.deals.propose(as(stranger), deal, DealApi.stage("NDA_SIGNED", 0)),
				this.deals.confirmProposal(as(stranger), deal, 0), this.deals.rejectProposal(as(stranger), deal, 0),
				this.deals.dispute(as(stranger), deal, Map.of("reason", "捣乱")),
				this.deals.voidDeal(as(stranger), deal, Map.of("reason", "捣乱")));
		assertThat(answers).as("every deal endpoint")
			.allSatisfy(answer -> assertThat(answer).hasStatus(HttpStatus.NOT_FOUND));
	}

	@Test
	void aBrokerCannotBeAttachedByAParty() {
		Actor broker = Organisations.broker();
		long deal = this.deals.open(this.enterprise, Map.of("needId", this.need, "resultId", this.result,
				"brokerAccountId", broker.accountId()));
		assertThat(this.deals.get(as(this.enterprise), deal)).bodyJson().extractingPath("$.broker").isNull();
		assertThat(this.deals.get(as(broker), deal)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.deals.create(as(broker), Map.of("needId", this.need, "resultId", this.result)))
			.as("a broker not assigned")
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	/** Opened by the enterprise on its need and the university's result, confirmed by the university. */
	private long confirmedDeal() {
		long deal = this.deals.open(this.enterprise, Map.of("needId", this.need, "resultId", this.result));
		this.deals.confirmed(this.university, deal);
		return deal;
	}

	private String status(long posting) {
		PostingApi api = posting == this.result ? PostingApi.results(this.mvc) : PostingApi.needs(this.mvc);
		return JsonPath.read(PostingApi.body(api.get(as(this.operator), posting)), "$.status");
	}

	private long found() {
		return this.search.search(this.marker, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 10, null).total();
	}

}
