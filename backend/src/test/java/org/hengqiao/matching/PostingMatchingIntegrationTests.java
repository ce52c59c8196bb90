package org.hengqiao.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.hengqiao.account.Actor;
import org.hengqiao.need.NeedRequests;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.result.ResultRequests;
import org.hengqiao.search.Eventually;
import org.hengqiao.search.PostingSearch;
import org.hengqiao.search.SearchFilters;
import org.hengqiao.testing.Acting;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** End to end through the real posting API: publish → searchable → matched both ways, with explanations. */
@HengqiaoIntegrationTest
class PostingMatchingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PostingSearch search;

	@Test
	void aPublishedNeedBecomesSearchableAndItsMatchesListTheResultWithAnExplanation() {
		Organisations organisations = new Organisations(this.jdbc);
		Actor enterprise = Organisations.memberOf(organisations.verified(OrganisationType.ENTERPRISE, "衡阳铅锌冶炼公司"), true);
		Actor university = Organisations.memberOf(organisations.verified(OrganisationType.UNIVERSITY, "衡阳某大学"), true);
		Actor operator = Organisations.operator();
		String marker = "zp" + Long.toHexString(System.nanoTime());

		long result = PostingApi.results(this.mvc).published(university, operator,
				ResultRequests.aResult().titled("低品位氧化铅锌矿选冶联合回收技术 " + marker));
		long need = PostingApi.needs(this.mvc).published(enterprise, operator,
				NeedRequests.aNeed().titled("氧化铅锌矿浮选回收率提升 " + marker));

		Eventually.within(Duration.ofSeconds(15), "both searchable", () -> this.search
			.search(marker, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 10, null)
			.total() == 2);
		assertThat(this.mvc.get().uri("/api/v1/search?q={q}", marker).with(Acting.anonymous())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].organisationId")
			.asArray()
			.as("each hit names its organisation, so the portal can tell the viewer's own")
			.extracting(id -> ((Number) id).longValue())
			.containsExactlyInAnyOrder(enterprise.organisationId(), university.organisationId());

		assertThat(this.mvc.get().uri("/api/v1/needs/{id}/matches", need).with(Acting.anonymous())).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.matches[0].id").asNumber()
					.satisfies(id -> assertThat(id.longValue()).as("the result ranks first").isEqualTo(result));
				assertThat(json).extractingPath("$.matches[0].organisationId").asNumber()
					.satisfies(id -> assertThat(id.longValue()).as("the result's organisation")
						.isEqualTo(university.organisationId()));
				assertThat(json).extractingPath("$.matches[0].explanation.sharedTerms").asArray().contains("铅锌矿");
				assertThat(json).extractingPath("$.matches[0].explanation.criteria[0].status").isEqualTo("MET");
				assertThat(json).extractingPath("$.matches[0].explanation.semanticSimilarity").asNumber()
					.satisfies(s -> assertThat(s.doubleValue()).isGreaterThan(0.5));
			});
		assertThat(this.mvc.get().uri("/api/v1/results/{id}/matches", result).with(Acting.anonymous())).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.matches[0].id").asNumber()
					.satisfies(id -> assertThat(id.longValue()).as("the need ranks first").isEqualTo(need));
				assertThat(json).extractingPath("$.matches[0].organisationId").asNumber()
					.satisfies(id -> assertThat(id.longValue()).as("the need's organisation")
						.isEqualTo(enterprise.organisationId()));
			});

		assertThat(PostingApi.needs(this.mvc).transition(Acting.as(enterprise), need, "withdrawal")).hasStatusOk();
		Eventually.within(Duration.ofSeconds(15), "the withdrawn need leaves the index", () -> this.search
			.search(marker, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 10, null)
			.total() == 1);
	}

}
