package org.hengqiao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.hengqiao.connect.InterestStatus;
import org.hengqiao.deal.DealStage;
import org.hengqiao.posting.IndustryCluster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The demo a newcomer judges the portal by. Counts go by the demo's own organisations (other tests register theirs
 * in the same database) and by every posting whatever its status, since the demo's deals close postings.
 */
@SpringBootTest(properties = "hengqiao.demo-data=true")
@AutoConfigureMockMvc
class DemoDataIntegrationTests {

	/** 南华大学's code in {@code demo/organisations.json}; other tests may register organisations of the same name. */
	private static final String UNIVERSITY = "124304054304000047";

	private static final String DEMO_CODES = "'124304054304000047', '124304084304791972', '12430406430558389H', "
			+ "'12430421430637570J', '91430407430716762H', '914304054307959588', '91430482430875149G', "
			+ "'91430408430954330M', '914304224310335250', '91430412431112717W', '91430426431191902P', "
			+ "'91430406431271099P', '12430406430529115J', '124304054306157268', '91430423430719832Y', "
			+ "'914304244308241733', '91430481430935260H', '91430407431046385H', '91430421431157499E', "
			+ "'91430406431268519N'";

	private static final String DEMO_ORGANISATIONS = "select id from organisation where credit_code in (" + DEMO_CODES
			+ ")";

	private static final String DEMO_POSTINGS = "select id from posting where organisation_id in ("
			+ DEMO_ORGANISATIONS + ")";

	@Autowired
	DemoData demo;

	@Autowired
	DemoConnections connections;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void seedsVerifiedOrganisationsAndPublishedPostingsOnce() throws Exception {
		long organisations = count("select count(*) from organisation where credit_code in (" + DEMO_CODES + ")");
		long postings = count("select count(*) from posting where id in (" + DEMO_POSTINGS + ")");

		this.demo.run(null);

		assertThat(count("select count(*) from organisation where credit_code = '" + UNIVERSITY + "'")).as("seeded once")
			.isEqualTo(1);
		assertThat(count("select count(*) from organisation where credit_code in (" + DEMO_CODES + ") and verification_status = 'VERIFIED'"))
			.as("demo organisations are verified by the operator")
			.isEqualTo(20);
		assertThat(organisations).as("organisations seeded at start-up").isEqualTo(20);
		assertThat(count("select count(*) from posting where id in (" + DEMO_POSTINGS + ")")).as("a second run adds nothing")
			.isEqualTo(postings);
		assertThat(count("select count(*) from posting where kind = 'NEED' and id in (" + DEMO_POSTINGS + ")"))
			.as("needs, whatever their status now")
			.isEqualTo(41);
		assertThat(count("select count(*) from posting where kind = 'RESULT' and id in (" + DEMO_POSTINGS + ")"))
			.as("results, whatever their status now")
			.isEqualTo(80);
		assertThat(count("select count(*) from posting p join organisation o on o.id = p.organisation_id where o.credit_code = '" + UNIVERSITY + "' and p.status = 'PUBLISHED'"))
			.as("the university's results are published (its demo deals were lost or disputed, so none is closed)")
			.isEqualTo(19);
		assertThat(count("select count(*) from posting where status = 'SUBMITTED' and title = '电子组件焊点缺陷的机器视觉自动检测'"))
			.as("one need waits in the moderation queue")
			.isEqualTo(1);
	}

	@Test
	void everyIndustryClusterHasNeedsAndResults() {
		for (String kind : List.of("NEED", "RESULT")) {
			List<String> clusters = this.jdbc.sql("select distinct c.cluster_code from posting_cluster c join posting p on p.id = c.posting_id where p.kind = ? and p.id in (" + DEMO_POSTINGS + ")")
				.param(kind)
				.query(String.class)
				.list();
			assertThat(clusters).as("clusters with a demo %s", kind)
				.containsExactlyInAnyOrderElementsOf(Arrays.stream(IndustryCluster.values()).map(Enum::name).toList());
		}
	}

	@Test
	void everyHengyangCountyAndDistrictHasPostings() {
		List<String> empty = this.jdbc.sql("select r.name_zh from region r where r.parent_code = '430400' and not exists (select 1 from posting p where p.region_code = r.code and p.id in (" + DEMO_POSTINGS + "))")
			.query(String.class)
			.list();
		assertThat(empty).as("counties and districts without a demo posting").isEmpty();
		assertThat(count("select count(*) from region where parent_code = '430400'")).isEqualTo(12);
	}

	@Test
	void interestsInEveryStateWithConversationsThatHaveMessages() throws Exception {
		long interests = count("select count(*) from interest where posting_id in (" + DEMO_POSTINGS + ")");

		this.connections.run(null);

		assertThat(count("select count(*) from interest where posting_id in (" + DEMO_POSTINGS + ")"))
			.as("a second run adds nothing")
			.isEqualTo(interests);
		List<String> states = this.jdbc.sql("select distinct status from interest where posting_id in (" + DEMO_POSTINGS + ") and interested_organisation_id in (" + DEMO_ORGANISATIONS + ")")
			.query(String.class)
			.list();
		assertThat(states).as("interest states in the demo")
			.containsAll(Arrays.stream(InterestStatus.values()).map(Enum::name).toList());
		assertThat(count("select count(*) from conversation c where exists (select 1 from conversation_message m where m.conversation_id = c.id) and c.interest_id in (select id from interest where posting_id in (" + DEMO_POSTINGS + "))"))
			.as("demo conversations with messages")
			.isGreaterThanOrEqualTo(10);
	}

	@Test
	void demoPeopleSavePostingsAndFollowOrganisations() {
		List<String> targets = this.jdbc.sql("select distinct f.target from follow f join account a on a.id = f.account_id where a.organisation_id in (" + DEMO_ORGANISATIONS + ")")
			.query(String.class)
			.list();
		assertThat(targets).as("what demo people saved and followed").contains("NEED", "RESULT", "ORGANISATION");
		assertThat(count("select count(*) from follow f join account a on a.id = f.account_id where a.email = 'admin@hygear.hengqiao.demo'"))
			.as("the enterprise's demo login has saved results and followed universities")
			.isGreaterThanOrEqualTo(5);
	}

	@Test
	void aDealAtEveryStageIncludingSignedContracts() {
		String demoDeals = "from deal where demand_organisation_id in (" + DEMO_ORGANISATIONS
				+ ") and supply_organisation_id in (" + DEMO_ORGANISATIONS + ")";
		List<String> stages = this.jdbc.sql("select distinct stage " + demoDeals).query(String.class).list();
		assertThat(stages).as("deal stages in the demo")
			.containsAll(Arrays.stream(DealStage.values()).map(Enum::name).toList());
		assertThat(count("select count(*) " + demoDeals + " and stage in ('CONTRACT_SIGNED', 'IN_EXECUTION', 'COMPLETED') and contract_value_yuan > 0"))
			.as("signed deals carry their contract's value")
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void theUniversityIsNotifiedOfWhatHappenedToItsResults() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(count("select count(*) from notification n join account a on a.id = n.account_id where a.email = 'tto@usc.hengqiao.demo'"))
				.as("notifications of interests in the university's results")
				.isGreaterThanOrEqualTo(5));
	}

	@Test
	void demoPeopleCanSignInWithThePrintedPassword() {
		assertThat(this.mvc.post()
			.uri("/api/v1/session")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"tto@usc.hengqiao.demo\",\"password\":\"" + DemoData.PASSWORD + "\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.organisationName")
			.isEqualTo("南华大学");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
