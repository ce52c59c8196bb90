package org.hengqiao.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.result.ResultRequests.aResult;
import static org.hengqiao.testing.Acting.anonymous;
import static org.hengqiao.testing.Acting.as;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The TTO workbench's catalogue and demand signals: views, matching needs, interest received. */
@HengqiaoIntegrationTest
class ResultDemandIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	PostingApi results;

	Actor owner;

	Actor outsider;

	Actor operator;

	@BeforeEach
	void setUp() {
		this.results = PostingApi.results(this.mvc);
		Organisations organisations = new Organisations(this.jdbc);
		long university = organisations.verified(OrganisationType.UNIVERSITY, "衡阳需求信号大学");
		this.owner = Organisations.memberOf(university, true);
		this.outsider = Organisations.memberOf(organisations.verified(OrganisationType.ENTERPRISE, "衡阳读者企业"), true);
		this.operator = Organisations.operator();
	}

	@Test
	void countsEachReaderOutsideTheOrganisationOncePerDay() {
		long id = this.results.published(this.owner, this.operator, aResult());

		read(id, as(this.outsider), "Chromium");
		read(id, as(this.outsider), "Firefox");
		read(id, as(this.owner), "Chromium");
		read(id, as(this.operator), "Chromium");
		assertThat(views(id)).as("one outsider however often they read; owner and operator not counted").isEqualTo(1);

		read(id, anonymous(), "Chromium");
		read(id, anonymous(), "Chromium");
		read(id, anonymous(), "Firefox");
		assertThat(views(id)).as("visitors told apart by address and browser, each once").isEqualTo(3);
	}

	@Test
	void draftsGatherNoViewsAndHaveNoMatchesYet() {
		long draft = this.results.draft(this.owner, aResult());
		read(draft, as(this.owner), "Chromium");

		assertThat(this.mvc.get().uri("/api/v1/results/demand?ids={id}", draft).with(as(this.owner))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$[0].resultId").isEqualTo((int) draft);
				assertThat(json).extractingPath("$[0].views").isEqualTo(0);
				assertThat(json).extractingPath("$[0].matchingNeeds").isNull();
				assertThat(json).extractingPath("$[0].interestReceived").isEqualTo(0);
			});
	}

	@Test
	void publishedResultsCountTheirMatchingNeeds() {
		long id = this.results.published(this.owner, this.operator, aResult());

		assertThat(this.mvc.get().uri("/api/v1/results/demand?ids={id}", id).with(as(this.owner))).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].matchingNeeds")
			.asNumber()
			.satisfies(count -> assertThat(count.intValue()).isBetween(0, ResultDemand.MATCH_POOL));
	}

	@Test
	void signalsAreForTheOwnerOnly() {
		long published = this.results.published(this.owner, this.operator, aResult());
		long draft = this.results.draft(this.owner, aResult());

		assertThat(this.mvc.get().uri("/api/v1/results/demand?ids={id}", published).with(as(this.outsider)))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/api/v1/results/demand?ids={id}", draft).with(as(this.outsider)))
			.as("someone else's draft is not even known")
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/results/demand?ids={id}", published).with(anonymous())).hasStatus(401);
		assertThat(this.mvc.get().uri("/api/v1/results/demand?ids={id}", published).with(as(this.operator)))
			.hasStatusOk();
	}

	@Test
	void theCatalogueSearchesTitlesInEveryStatus() {
		this.results.draft(this.owner, aResult().titled("钒电池储能材料"));
		this.results.submitted(this.owner, aResult().titled("储能系统热管理"));
		this.results.draft(this.owner, aResult().titled("稀土永磁电机"));
		this.results.draft(this.owner, aResult().titled("100%_纯度 提纯工艺"));

		assertThat(this.mvc.get().uri("/api/v1/results?mine=true&q={q}", "储能").with(as(this.owner))).bodyJson()
			.extractingPath("$.items[*].title")
			.asInstanceOf(InstanceOfAssertFactories.list(String.class))
			.containsExactlyInAnyOrder("钒电池储能材料", "储能系统热管理");
		assertThat(this.mvc.get().uri("/api/v1/results?mine=true&q={q}&status=DRAFT", "储能").with(as(this.owner)))
			.bodyJson()
			.extractingPath("$.totalElements")
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/api/v1/results?mine=true&q={q}", "%_").with(as(this.owner))).bodyJson()
			.as("wildcards are literal characters")
			.extractingPath("$.items[*].title")
			.asInstanceOf(InstanceOfAssertFactories.list(String.class))
			.containsExactly("100%_纯度 提纯工艺");
	}

	private void read(long id, org.springframework.test.web.servlet.request.RequestPostProcessor who, String agent) {
		assertThat(this.mvc.get().uri("/api/v1/results/{id}", id).header("User-Agent", agent).with(who))
			.hasStatusOk();
	}

	private long views(long id) {
		return this.jdbc.sql("select count(*) from posting_reader where posting_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

}
