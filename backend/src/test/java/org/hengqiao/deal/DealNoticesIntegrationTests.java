package org.hengqiao.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.result.ResultRequests.aResult;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.search.Eventually;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The people of both sides hear of a deal and its stages in the notification centre; the one who acted does not. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class DealNoticesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void bothSidesAreToldOfTheDealAndItsStagesButNotWhoActed() {
		Fixtures.Founded enterprise = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Fixtures.Founded university = this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY);
		this.fixtures.verify(enterprise);
		this.fixtures.verify(university);
		Fixtures.Person researcher = this.fixtures.member(university);
		Actor engineer = actor(enterprise);
		Actor operator = Organisations.operator();
		long need = PostingApi.needs(this.mvc).published(engineer, operator, aNeed());
		long result = PostingApi.results(this.mvc).published(actor(university), operator, aResult());
		DealApi deals = new DealApi(this.mvc);

		long deal = deals.open(engineer, Map.of("needId", need, "resultId", result));
		Eventually.within(Duration.ofSeconds(20), "the university's people are asked to confirm the new deal",
				() -> keys(university.admin()).contains("deal.notice.awaitingConfirmation")
						&& keys(researcher).contains("deal.notice.awaitingConfirmation"));
		assertThat(keys(enterprise.admin())).as("the enterprise's other people are told it was opened")
			.contains("deal.notice.created")
			.doesNotContain("deal.notice.awaitingConfirmation");

		Actor tto = actor(university);
		deals.confirmed(tto, deal);
		deals.advance(engineer, tto, deal, "NDA_SIGNED");
		Eventually.within(Duration.ofSeconds(20), "told of the proposal and of the NDA",
				() -> keys(researcher).contains("deal.notice.consent.PROPOSED")
						&& keys(researcher).contains("deal.notice.NDA_SIGNED"));
		assertThat(this.jdbc.sql("select link from notification where account_id = :id and message_key = :key")
			.param("id", researcher.accountId())
			.param("key", "deal.notice.NDA_SIGNED")
			.query(String.class)
			.single()).isEqualTo("/deals/" + deal);
		assertThat(keys(researcher)).as("once per change").containsOnlyOnce("deal.notice.awaitingConfirmation",
				"deal.notice.NDA_SIGNED");

		assertThat(deals.dispute(org.hengqiao.testing.Acting.as(tto), deal, Map.of("reason", "对方未履行保密义务")))
			.hasStatusOk();
		Eventually.within(Duration.ofSeconds(20), "the other side hears of the dispute",
				() -> keys(enterprise.admin()).contains("deal.notice.DISPUTED"));
	}

	/** Someone acting for the organisation, other than its registered people (so they all hear of it). */
	private static Actor actor(Fixtures.Founded organisation) {
		return Organisations.adminOf(organisation.organisationId(), true);
	}

	private List<String> keys(Fixtures.Person person) {
		return this.jdbc.sql("select message_key from notification where account_id = :id")
			.param("id", person.accountId())
			.query(String.class)
			.list();
	}

}
