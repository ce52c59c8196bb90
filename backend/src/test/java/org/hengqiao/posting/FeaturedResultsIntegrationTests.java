package org.hengqiao.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.result.ResultRequests.aResult;
import static org.hengqiao.testing.Acting.anonymous;
import static org.hengqiao.testing.Acting.as;

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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** Operators pick published results for the home page; nobody else can, and every pick is in the audit log. */
@HengqiaoIntegrationTest
class FeaturedResultsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	PostingApi results;

	Actor owner;

	Actor operator;

	@BeforeEach
	void setUp() {
		this.results = PostingApi.results(this.mvc);
		long university = new Organisations(this.jdbc).verified(OrganisationType.UNIVERSITY, "衡阳推荐测试大学");
		this.owner = Organisations.memberOf(university, true);
		this.operator = Organisations.operator();
	}

	@Test
	void anOperatorFeaturesAPublishedResultAndTakesItOffAgainBothAudited() {
		long id = this.results.published(this.owner, this.operator, aResult().titled("推荐的成果"));

		assertThat(feature(as(this.operator), id)).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(feature(as(this.operator), id)).as("featuring twice changes nothing").hasStatus(HttpStatus.NO_CONTENT);

		assertThat(featuredIds()).first().isEqualTo(id);
		assertThat(this.mvc.get().uri("/api/v1/platform/featured-results")).bodyJson()
			.extractingPath("$[0].title")
			.isEqualTo("推荐的成果");
		assertThat(this.mvc.delete().uri(path(id)).with(as(this.operator))).hasStatus(HttpStatus.NO_CONTENT);
		assertThat(featuredIds()).doesNotContain(id);
		assertThat(this.jdbc.sql("select action from posting_audit where posting_id = ? and actor_id = ? order by id")
			.param(id)
			.param(this.operator.accountId())
			.query(String.class)
			.list()).containsSubsequence("APPROVED", "FEATURED", "UNFEATURED").containsOnlyOnce("FEATURED");
	}

	@Test
	void aFeaturedResultLeavesTheHomePageWhenItIsNoLongerPublic() {
		long id = this.results.published(this.owner, this.operator, aResult().titled("撤回的推荐成果"));
		feature(as(this.operator), id);

		this.results.transition(as(this.owner), id, "withdrawal");

		assertThat(featuredIds()).doesNotContain(id);
	}

	@Test
	void onlyAPublishedResultCanBeFeatured() {
		long draft = this.results.draft(this.owner, aResult());
		long need = PostingApi.needs(this.mvc).published(this.owner, this.operator, aNeed());

		assertThat(feature(as(this.operator), draft)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("DRAFT");
		assertThat(feature(as(this.operator), need)).hasStatus(HttpStatus.CONFLICT);
		assertThat(feature(as(this.operator), 987654321L)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(featuredIds()).doesNotContain(draft, need);
	}

	@Test
	void nobodyButAnOperatorFeaturesOrUnfeatures() {
		long id = this.results.published(this.owner, this.operator, aResult());
		long other = new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "衡阳别家企业");
		Map<String, RequestPostProcessor> hostile = Map.of("anonymous", anonymous(), "the result's own member",
				as(this.owner), "its admin", as(Organisations.adminOf(
						this.jdbc.sql("select organisation_id from posting where id = ?").param(id).query(Long.class).single(),
						true)),
				"another organisation's admin", as(Organisations.adminOf(other, true)), "a broker",
				as(Organisations.broker()));

		hostile.forEach((who, caller) -> {
			assertThat(feature(caller, id)).as(who).hasStatus(who.equals("anonymous") ? HttpStatus.UNAUTHORIZED
					: HttpStatus.FORBIDDEN);
		});
		feature(as(this.operator), id);
		hostile.forEach((who, caller) -> {
			assertThat(this.mvc.delete().uri(path(id)).with(caller)).as(who)
				.hasStatus(who.equals("anonymous") ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
		});
		assertThat(featuredIds()).contains(id);
	}

	@Test
	void theHomePageFiguresCountWhatIsWorthShowing() {
		long before = stat("newPostingsThisMonth");
		long clusterBefore = clusterCount("NONFERROUS_METALS");

		this.results.published(this.owner, this.operator, aResult());

		assertThat(stat("newPostingsThisMonth")).isEqualTo(before + 1);
		assertThat(clusterCount("NONFERROUS_METALS")).isEqualTo(clusterBefore + 1);
		assertThat(stat("brokers")).isNotNegative();
		assertThat(((Number) JsonPath.read(stats(), "$.contractValueYuan")).doubleValue()).isNotNegative();
		assertThat(this.mvc.get().uri("/api/v1/platform/clusters").header("Accept-Language", "en")).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.length()").isEqualTo(IndustryCluster.values().length);
				assertThat(json).extractingPath("$[0].code").isEqualTo("NONFERROUS_METALS");
				assertThat(json).extractingPath("$[0].name").isEqualTo("Non-ferrous metals");
			});
	}

	private MvcTestResult feature(RequestPostProcessor caller, long id) {
		return this.mvc.put().uri(path(id)).with(caller).exchange();
	}

	private static String path(long id) {
		return "/api/v1/operator/featured-results/" + id;
	}

	private List<Long> featuredIds() {
		List<Number> ids = JsonPath.read(PostingApi.body(this.mvc.get().uri("/api/v1/platform/featured-results").exchange()),
				"$[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private String stats() {
		return PostingApi.body(this.mvc.get().uri("/api/v1/platform/stats").exchange());
	}

	private long stat(String name) {
		return ((Number) JsonPath.read(stats(), "$." + name)).longValue();
	}

	private long clusterCount(String code) {
		List<Number> counts = JsonPath
			.read(PostingApi.body(this.mvc.get().uri("/api/v1/platform/clusters").exchange()),
					"$[?(@.code == '" + code + "')].postings");
		return counts.getFirst().longValue();
	}

}
