package org.hengqiao.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.result.ResultRequests.aResult;
import static org.hengqiao.testing.Acting.as;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.Acting;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.jayway.jsonpath.JsonPath;

@HengqiaoIntegrationTest
class PostingListIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	PostingApi needs;

	PostingApi results;

	Actor owner;

	Actor operator;

	long organisation;

	@BeforeEach
	void setUp() {
		this.needs = PostingApi.needs(this.mvc);
		this.results = PostingApi.results(this.mvc);
		this.organisation = new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "衡阳列表测试企业");
		this.owner = Organisations.memberOf(this.organisation, true);
		this.operator = Organisations.operator();
	}

	@Test
	void listsPublishedNeedsNewestFirstInThePortalsShape() {
		this.needs.published(this.owner, this.operator, aNeed().titled("较早发布的需求"));
		long newest = this.needs.published(this.owner, this.operator,
				aNeed().titled("最新发布的需求").with("description", "我公司位于衡阳，" + "需要长期稳定的技术支持。".repeat(20)));
		this.needs.draft(this.owner, aNeed().titled("草稿不公开"));

		assertThat(this.mvc.get().uri("/api/v1/needs?sort=newest&size=6&page=0&organisation=" + this.organisation))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.page").isEqualTo(0);
				assertThat(json).extractingPath("$.size").isEqualTo(6);
				assertThat(json).extractingPath("$.totalElements").isEqualTo(2);
				assertThat(json).extractingPath("$.totalPages").isEqualTo(1);
				assertThat(json).extractingPath("$.items[0].id").isEqualTo((int) newest);
				assertThat(json).extractingPath("$.items[0].kind").isEqualTo("NEED");
				assertThat(json).extractingPath("$.items[0].title").isEqualTo("最新发布的需求");
				assertThat(json).extractingPath("$.items[0].summary").asString()
					.startsWith("我公司位于衡阳")
					.endsWith("…")
					.hasSize(PostingSummary.SUMMARY_LENGTH + 1);
				assertThat(json).extractingPath("$.items[0].organisationName").isEqualTo("衡阳列表测试企业");
				assertThat(json).extractingPath("$.items[0].organisationType").isEqualTo("ENTERPRISE");
				assertThat(json).extractingPath("$.items[0].clusters[0]")
					.isEqualTo(Map.of("code", "NONFERROUS_METALS", "name", "有色金属"));
				assertThat(json).extractingPath("$.items[0].cooperationModes").asArray()
					.containsExactly("TRANSFER", "JOINT_DEVELOPMENT");
				assertThat(json).extractingPath("$.items[0].amount")
					.isEqualTo(Map.of("negotiable", false, "minYuan", 500000, "maxYuan", 2000000));
				assertThat(json).extractingPath("$.items[0].publishedAt").isNotNull();
				assertThat(json).extractingPath("$.items[0].regionName").isEqualTo("石鼓区");
				assertThat(json).extractingPath("$.items[0].status").isEqualTo("PUBLISHED");
			});
	}

	@Test
	void namesFollowTheCallersLanguage() {
		this.needs.published(this.owner, this.operator, aNeed());

		assertThat(this.mvc.get()
			.uri("/api/v1/needs?organisation=" + this.organisation)
			.header("Accept-Language", "en")).bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.items[0].clusters[0].name").isEqualTo("Non-ferrous metals");
				assertThat(json).extractingPath("$.items[0].regionName").isEqualTo("Shigu District");
				assertThat(json).extractingPath("$.items[0].organisationName").isEqualTo("EN 衡阳列表测试企业");
			});
	}

	@Test
	void mineListsTheOrganisationsPostingsInEveryStatus() {
		this.needs.published(this.owner, this.operator, aNeed());
		this.needs.draft(this.owner, aNeed());
		this.needs.submitted(this.owner, aNeed());

		assertThat(this.mvc.get().uri("/api/v1/needs?mine=true").with(as(this.owner))).bodyJson()
			.extractingPath("$.items[*].status")
			.asInstanceOf(InstanceOfAssertFactories.list(String.class))
			.containsExactlyInAnyOrder("SUBMITTED", "DRAFT", "PUBLISHED");
		assertThat(this.mvc.get().uri("/api/v1/needs?mine=true&status=DRAFT").with(as(this.owner))).bodyJson()
			.extractingPath("$.totalElements")
			.isEqualTo(1);
	}

	@Test
	void visitorsAskingForDraftsGetNothing() {
		this.needs.draft(this.owner, aNeed());

		assertThat(this.mvc.get().uri("/api/v1/needs?status=DRAFT&organisation=" + this.organisation)
			.with(Acting.anonymous())).bodyJson().extractingPath("$.totalElements").isEqualTo(0);
	}

	@Test
	void filtersByCluster() {
		this.needs.published(this.owner, this.operator, aNeed().with("clusters", List.of("BIOMEDICINE")));
		this.needs.published(this.owner, this.operator, aNeed().with("clusters", List.of("RAIL_TRANSIT")));

		assertThat(this.mvc.get().uri("/api/v1/needs?cluster=BIOMEDICINE&organisation=" + this.organisation))
			.bodyJson()
			.extractingPath("$.items[*].clusters[*].code")
			.asInstanceOf(InstanceOfAssertFactories.list(String.class))
			.containsExactly("BIOMEDICINE");
	}

	@Test
	void needsAndResultsAreListedSeparately() {
		this.results.published(this.owner, this.operator, aResult());

		assertThat(this.mvc.get().uri("/api/v1/needs?organisation=" + this.organisation)).bodyJson()
			.extractingPath("$.totalElements")
			.isEqualTo(0);
		assertThat(this.mvc.get().uri("/api/v1/results?organisation=" + this.organisation)).bodyJson()
			.extractingPath("$.items[0].kind")
			.isEqualTo("RESULT");
		long id = ((Number) JsonPath.read(PostingApi.body(this.mvc.get()
			.uri("/api/v1/results?organisation=" + this.organisation)
			.exchange()), "$.items[0].id")).longValue();
		assertThat(this.needs.get(Acting.anonymous(), id)).as("a result is not a need").hasStatus(404);
	}

	@Test
	void theModerationQueueShowsSubmissionsOldestFirst() {
		long first = this.needs.submitted(this.owner, aNeed().titled("先提交"));
		long second = this.results.submitted(this.owner, aResult().titled("后提交"));

		assertThat(this.mvc.get().uri("/api/v1/operator/moderation?size=100").with(as(this.operator))).bodyJson()
			.extractingPath("$.items[*].id")
			.asInstanceOf(InstanceOfAssertFactories.list(Integer.class))
			.containsSubsequence((int) first, (int) second);
	}

	@Test
	void platformStatsCountPublishedPostingsAndMatches() {
		long before = stat("publishedNeeds");
		long matchesBefore = stat("matchesMade");
		long id = this.needs.published(this.owner, this.operator, aNeed());
		this.needs.transition(as(this.owner), id, "closure", Map.of("outcome", "MATCHED"));
		this.needs.published(this.owner, this.operator, aNeed());

		assertThat(stat("publishedNeeds")).isEqualTo(before + 1);
		assertThat(stat("matchesMade")).isEqualTo(matchesBefore + 1);
		assertThat(stat("organisations")).isPositive();
	}

	@Test
	void theCatalogueListsClustersAndTheFieldTree() {
		assertThat(this.mvc.get().uri("/api/v1/catalogue/clusters")).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.length()").isEqualTo(12);
				assertThat(json).extractingPath("$[0]").isEqualTo(Map.of("code", "NONFERROUS_METALS", "name", "有色金属"));
			});
		assertThat(this.mvc.get().uri("/api/v1/catalogue/fields").header("Accept-Language", "en")).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$[0].code").isEqualTo("MAT");
				assertThat(json).extractingPath("$[0].name").isEqualTo("New materials");
				assertThat(json).extractingPath("$[0].children[0].code").isEqualTo("MAT.NONFERROUS");
				assertThat(json).extractingPath("$[*].children.length()")
					.asInstanceOf(InstanceOfAssertFactories.list(Integer.class))
					.allSatisfy(count -> assertThat(count).isBetween(4, 8));
			});
	}

	private long stat(String name) {
		return ((Number) JsonPath.read(PostingApi.body(this.mvc.get().uri("/api/v1/platform/stats").exchange()),
				"$." + name)).longValue();
	}

}
