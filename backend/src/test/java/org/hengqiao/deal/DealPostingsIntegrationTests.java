package org.hengqiao.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.result.ResultRequests.aResult;
import static org.hengqiao.testing.Acting.anonymous;
import static org.hengqiao.testing.Acting.as;

import java.time.LocalDate;
import java.util.Map;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.ContactVisibility;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The postings of a signed deal are closed to the public but stay readable to the deal's parties. */
@HengqiaoIntegrationTest
class DealPostingsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	DealApi deals;

	PostingApi needs;

	PostingApi results;

	Organisations organisations;

	Actor enterprise;

	Actor university;

	Actor operator;

	long need;

	long result;

	@BeforeEach
	void setUp() {
		this.deals = new DealApi(this.mvc);
		this.needs = PostingApi.needs(this.mvc);
		this.results = PostingApi.results(this.mvc);
		this.organisations = new Organisations(this.jdbc);
		this.enterprise = Organisations.memberOf(this.organisations.verified(OrganisationType.ENTERPRISE, "衡阳有色冶炼厂"),
				true);
		this.university = Organisations.memberOf(this.organisations.verified(OrganisationType.UNIVERSITY, "南华大学"), true);
		this.operator = Organisations.operator();
		this.need = this.needs.published(this.enterprise, this.operator,
				aNeed().contactVisibleTo(ContactVisibility.BROKERS_ONLY));
		this.result = this.results.published(this.university, this.operator, aResult());
	}

	@Test
	void thePartiesReadEachOthersClosedPostingsWithTheContactsTheyWereEntitledTo() {
		Actor lostParty = Organisations
			.memberOf(this.organisations.verified(OrganisationType.RESEARCH_INSTITUTE, "衡阳某研究所"), true);
		long lost = this.deals.open(this.enterprise,
				Map.of("needId", this.need, "counterpartOrganisationId", lostParty.organisationId()));
		this.deals.confirmed(lostParty, lost);
		Map<String, Object> losing = DealApi.stage("LOST", this.deals.version(this.enterprise, lost));
		losing.put("reason", "技术路线不符");
		assertThat(this.deals.move(as(this.enterprise), lost, losing)).hasStatusOk();
		signed();

		assertThat(this.needs.get(as(this.university), this.need)).as("the other party reads the closed need")
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").isEqualTo("CLOSED");
				assertThat(json).extractingPath("$.allowedActions").asArray().as("read-only").isEmpty();
				assertThat(json).extractingPath("$.contact").as("brokers-only contact stays hidden").isNull();
				assertThat(json).extractingPath("$.contactRestricted").isEqualTo("BROKERS_ONLY");
			});
		assertThat(this.results.get(as(this.enterprise), this.result)).as("and the other way round")
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").isEqualTo("CLOSED");
				assertThat(json).extractingPath("$.contact.name").as("a public contact stays public")
					.isNotNull();
			});

		Actor stranger = Organisations.memberOf(this.organisations.verified(OrganisationType.ENTERPRISE, "无关企业"),
				true);
		assertThat(this.needs.get(as(stranger), this.need)).as("a stranger").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.needs.get(anonymous(), this.need)).as("a visitor").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.needs.get(as(lostParty), this.need)).as("the party of a lost deal on it")
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.needs.transition(as(this.university), this.need, "withdrawal"))
			.as("reading is all a deal grants")
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private void signed() {
		long deal = this.deals.open(this.enterprise, Map.of("needId", this.need, "resultId", this.result));
		this.deals.confirmed(this.university, deal);
		this.deals.advance(this.university, this.enterprise, deal, "NDA_SIGNED");
		this.deals.advance(this.enterprise, this.university, deal, "NEGOTIATING");
		Map<String, Object> signing = DealApi.stage("CONTRACT_SIGNED", this.deals.version(this.enterprise, deal));
		signing.put("contract", DealApi.contract(LocalDate.now()));
		assertThat(this.deals.propose(as(this.enterprise), deal, signing)).hasStatusOk();
		assertThat(this.deals.confirmProposal(as(this.university), deal, this.deals.version(this.university, deal)))
			.hasStatusOk();
	}

}
