package org.hengqiao.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.search.Postings.aNeed;
import static org.hengqiao.search.Postings.aResult;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Role;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.search.Eventually;
import org.hengqiao.search.PostingSearch;
import org.hengqiao.search.SearchFilters;
import org.hengqiao.search.SearchIntegrationTest;
import org.hengqiao.search.TestPostings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SearchIntegrationTest
class MatchingIntegrationTests {

	@Autowired
	TestPostings postings;

	@Autowired
	MatchingEngine engine;

	@Autowired
	PostingSearch search;

	@Autowired
	MockMvcTester mvc;

	String marker;

	PostingDocument need;

	PostingDocument goodResult;

	PostingDocument incompatibleResult;

	PostingDocument unrelatedResult;

	@BeforeEach
	void publishANeedAndThreeResults() {
		this.marker = "zm" + Long.toHexString(System.nanoTime());
		this.need = this.postings.save(aNeed("铅锌冶炼废水重金属回收 " + this.marker,
				"我公司是衡阳的有色金属冶炼企业，冶炼废水含铅、锌、镉等重金属，需要一套低成本的废水处理与重金属回收技术，希望达到排放标准并回收有价金属。")
			.keywords("重金属废水", "有色金属冶炼").field("ENV.WATER").inClusters(IndustryCluster.NONFERROUS_METALS)
			.modes(CooperationMode.TRANSFER, CooperationMode.LICENCE).amount(null, 1_000_000L).trl(6).in("430482")
			.by(501, "常宁冶炼厂", OrganisationType.ENTERPRISE).published());
		this.goodResult = this.postings.save(aResult("冶炼废水中重金属的硫化沉淀回收技术 " + this.marker,
				"针对铅锌冶炼废水，采用分步硫化沉淀工艺回收铅、锌、镉，出水重金属浓度达到国家排放标准，回收产物可返回冶炼。")
			.field("ENV.WATER").inClusters(IndustryCluster.NONFERROUS_METALS).modes(CooperationMode.TRANSFER)
			.amount(600_000L, 900_000L).trl(7).in("430407").by(601, "南华大学", OrganisationType.UNIVERSITY).published());
		this.incompatibleResult = this.postings.save(aResult("重金属废水电化学处理技术 " + this.marker,
				"利用电絮凝处理含铅锌镉的冶炼废水，重金属去除率高于99%，可回收金属。")
			.field("ENV.WATER").inClusters(IndustryCluster.NONFERROUS_METALS).modes(CooperationMode.EQUITY)
			.amount(3_000_000L, 5_000_000L).trl(3).in("430100").by(602, "中南大学", OrganisationType.UNIVERSITY).published());
		this.unrelatedResult = this.postings.save(aResult("高速列车转向架轻量化设计 " + this.marker,
				"面向轨道交通装备的转向架结构拓扑优化与轻量化设计方法。")
			.field("AUT.RAIL").inClusters(IndustryCluster.RAIL_TRANSIT).modes(CooperationMode.TRANSFER).published());
		// Needs and results are indexed independently: wait for all four, or an earlier test's near-identical need
		// would stand in for this one.
		Eventually.within(Duration.ofSeconds(15), "all indexed", () -> this.search
			.search(this.marker, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 10, null)
			.total() == 4);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aNeedsMatchesRankTheCompatibleResultFirstAndExplainEveryPart() {
		// The longest list: copies of these texts published by the other tests must not push a result out of it.
		MatchList list = this.engine.forNeed(this.need.id(), 50);
		List<Long> ids = list.matches().stream().map(Match::id).toList();
		assertThat(ids).as("ranked results").startsWith(this.goodResult.id());
		assertThat(ids.indexOf(this.incompatibleResult.id())).as("incompatible result sinks below the good one but stays")
			.isGreaterThan(0);
		Match best = list.matches().get(0);
		MatchExplanation why = best.explanation();
		assertThat(why.sharedTerms()).as("shared terms").contains("重金属");
		assertThat(why.sourceHighlighted()).contains("<em>重金属</em>");
		assertThat(String.join("", why.textHighlighted()) + why.titleHighlighted()).contains("<em>重金属</em>");
		assertThat(why.semanticSimilarity()).isNotNull().isGreaterThan(0.5);
		assertThat(why.criteria()).extracting(Criterion::name, Criterion::status)
			.contains(org.assertj.core.groups.Tuple.tuple(Criterion.Name.COOPERATION_MODE, Criterion.Status.MET),
					org.assertj.core.groups.Tuple.tuple(Criterion.Name.MATURITY, Criterion.Status.MET),
					org.assertj.core.groups.Tuple.tuple(Criterion.Name.PRICE_BUDGET, Criterion.Status.MET),
					org.assertj.core.groups.Tuple.tuple(Criterion.Name.REGION, Criterion.Status.MET),
					org.assertj.core.groups.Tuple.tuple(Criterion.Name.TECHNICAL_FIELD, Criterion.Status.MET));
		assertThat(why.score().total()).isEqualTo(best.score());
		assertThat(why.score().total()).isCloseTo(why.score().relevance() * why.score().compatibility(),
				org.assertj.core.data.Offset.offset(1e-9));

		Match incompatible = list.matches().get(ids.indexOf(this.incompatibleResult.id()));
		assertThat(incompatible.explanation().criteria()).extracting(Criterion::name, Criterion::status)
			.contains(org.assertj.core.groups.Tuple.tuple(Criterion.Name.COOPERATION_MODE, Criterion.Status.CONFLICTING),
					org.assertj.core.groups.Tuple.tuple(Criterion.Name.PRICE_BUDGET, Criterion.Status.CONFLICTING),
					org.assertj.core.groups.Tuple.tuple(Criterion.Name.MATURITY, Criterion.Status.CONFLICTING));
		assertThat(incompatible.explanation().score().compatibility()).isLessThan(1.0);

		assertThat(list.matches()).allSatisfy(m -> {
			assertThat(m.strength()).as("strength of %s", m.title()).isBetween(0, 100);
			assertThat(m.band()).as("band of %s", m.title()).isEqualTo(MatchBand.of(m.strength()));
		});
		assertThat(best.strength()).as("conflicting criteria lower the strength")
			.isGreaterThan(incompatible.strength());
		list.matches()
			.stream()
			.filter(m -> m.id() == this.unrelatedResult.id())
			.forEach(m -> assertThat(m.band()).as("a rail bogie for a wastewater need").isEqualTo(MatchBand.WEAK));
	}

	@Test
	void aResultsMatchesListTheNeedWithAnExplanation() {
		assertThat(this.mvc.get().uri("/api/v1/results/{id}/matches", this.goodResult.id())).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.targetKind").isEqualTo("NEED");
				// Other tests publish needs much like this one into the same index: it must be among the matches, with
				// its explanation, not necessarily first.
				String mine = "$.matches[?(@.id == " + this.need.id() + ")]";
				assertThat(json).extractingPath(mine).asArray().hasSize(1);
				assertThat(json).extractingPath(mine + ".explanation.sharedTerms[0]").asArray().isNotEmpty();
				assertThat(json).extractingPath(mine + ".explanation.criteria[*]").asArray().hasSize(6);
				assertThat(json).extractingPath(mine + ".strength").asArray().singleElement()
					.satisfies(strength -> assertThat(((Number) strength).intValue()).isBetween(0, 100));
				assertThat(json).extractingPath(mine + ".band").asArray().singleElement()
					.isIn("STRONG", "GOOD", "FAIR", "WEAK");
			});
	}

	@Test
	void aVisitorsFreeTextFindsResultsAndFiltersApply() {
		assertThat(this.mvc.post()
			.uri("/api/v1/match")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"重金属废水 回收 " + this.marker + "\",\"filters\":{\"mode\":[\"TRANSFER\"]},\"size\":5}"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.matches[0].id").asNumber().satisfies(id -> assertThat(id.longValue()).isEqualTo(this.goodResult.id()));
				assertThat(json).extractingPath("$.matches[*].id").asArray()
					.noneMatch(id -> ((Number) id).longValue() == this.incompatibleResult.id());
			});
		assertThat(this.mvc.post()
			.uri("/api/v1/match")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"\"}")).hasStatus(400);
	}

	@Test
	void matchesOfAPostingThatIsNotPublicAreForItsOrganisationAndOperatorsOnly() {
		PostingDocument draft = this.postings.save(aNeed("未公开的需求 " + this.marker, "重金属废水处理").by(777, "某企业", OrganisationType.ENTERPRISE).draft());
		assertThat(this.mvc.get().uri("/api/v1/needs/{id}/matches", draft.id())).hasStatus(403);

		assertThat(this.mvc.get().uri("/api/v1/needs/{id}/matches", draft.id())
			.with(as(new Actor(1, "其他单位的人", 778L, true, Set.of(Role.MEMBER))))).hasStatus(403);
		assertThat(this.mvc.get().uri("/api/v1/needs/{id}/matches", draft.id())
			.with(as(new Actor(2, "本单位成员", 777L, true, Set.of(Role.MEMBER))))).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/needs/{id}/matches", draft.id())
			.with(as(new Actor(3, "运营人员", null, false, Set.of(Role.OPERATOR))))).hasStatusOk();

		assertThat(this.mvc.get().uri("/api/v1/needs/{id}/matches", this.goodResult.id())).as("a result is not a need")
			.hasStatus(404);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(Actor actor) {
		return SecurityMockMvcRequestPostProcessors
			.authentication(new UsernamePasswordAuthenticationToken(actor, null, List.of()));
	}

}
