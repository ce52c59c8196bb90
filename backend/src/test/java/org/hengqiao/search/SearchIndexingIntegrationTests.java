package org.hengqiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hengqiao.search.Postings.aNeed;
import static org.hengqiao.search.Postings.aResult;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SearchIntegrationTest
class SearchIndexingIntegrationTests {

	@Autowired
	TestPostings postings;

	@Autowired
	PostingSearch search;

	@Autowired
	IndexRebuild rebuild;

	@Autowired
	IndexNames names;

	@Autowired
	IndexAdministration administration;

	@Autowired
	Embeddings embeddings;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	/** A word no other test uses, so each test sees only its own postings. */
	static String marker() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	long found(String q, SearchFilters filters) {
		return this.search.search(q, filters, PostingSearch.Sort.RELEVANCE, 50, null).total();
	}

	@Test
	void publishedPostingBecomesSearchableWithinTwoSecondsAndItsVectorIsStoredByContentHash() {
		String marker = marker();
		PostingDocument result = this.postings.save(aResult("高纯铟提纯工艺 " + marker, "采用真空蒸馏与区域熔炼联合提纯粗铟，纯度达到6N").published());
		long millis = Eventually.within(Duration.ofSeconds(10), "the result is searchable",
				() -> found(marker, SearchFilters.none()) == 1);
		assertThat(millis).as("searchable after commit, ms").isLessThan(2000);
		assertThat(this.embeddings.stored(List.of(Embeddings.hash(Embeddings.contentOf(result))))).hasSize(1);
	}

	@Test
	void draftsAreNeverSearchableAndWithdrawnPostingsLeaveTheIndex() {
		String marker = marker();
		PostingDocument draft = this.postings.save(aNeed("草稿需求 " + marker, "尚未提交的需求").draft());
		PostingDocument live = this.postings.save(aNeed("公开需求 " + marker, "已经发布的需求").published());
		Eventually.within(Duration.ofSeconds(10), "the public need is searchable",
				() -> found(marker, SearchFilters.none()) == 1);
		assertThat(this.search.search(marker, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 10, null).items())
			.extracting(SearchPage.Item::id)
			.as("only the public need").containsExactly(live.id()).doesNotContain(draft.id());

		this.postings.save(Postings.changed(live, 2, live.title(), PostingStatus.WITHDRAWN));
		Eventually.within(Duration.ofSeconds(10), "the withdrawn need leaves the index",
				() -> found(marker, SearchFilters.none()) == 0);
	}

	@Test
	void aStaleUpdateNeverOverwritesANewerOne() {
		String marker = marker();
		PostingDocument v1 = aResult("旧标题 " + marker, "稀土永磁材料回收").version(1).published();
		this.postings.save(Postings.changed(v1, 5, "新标题 " + marker, PostingStatus.PUBLISHED));
		Eventually.within(Duration.ofSeconds(10), "version 5 indexed",
				() -> titles(marker).equals(List.of("新标题 " + marker)));
		// The database goes back to an older state (as a delayed event of an old version would see it): the index
		// refuses the older version.
		this.postings.save(Postings.changed(v1, 3, "过时标题 " + marker, PostingStatus.PUBLISHED));
		sleep(1500);
		assertThat(titles(marker)).as("version 5 stays").containsExactly("新标题 " + marker);
	}

	@Test
	void everyFilterNarrowsTheResultsAndFacetsCountThem() {
		String m = marker();
		PostingDocument a = this.postings.save(aResult("锂电池正极材料 " + m, "磷酸铁锂正极材料制备").field("MAT.ENERGY")
			.inClusters(IndustryCluster.NEW_MATERIALS).modes(CooperationMode.TRANSFER).amount(500_000L, 800_000L)
			.in("430421").trl(7).stage("PILOT").publishedOn(LocalDate.of(2026, 3, 1)).published());
		PostingDocument b = this.postings.save(aResult("输变电设备在线监测 " + m, "变压器局部放电在线监测系统").field("MFG.POWER_EQUIPMENT")
			.inClusters(IndustryCluster.EQUIPMENT_MANUFACTURING).modes(CooperationMode.LICENCE, CooperationMode.JOINT_DEVELOPMENT)
			.amount(2_000_000L, 3_000_000L).in("430100").trl(4).stage("LABORATORY")
			.by(2, "长沙研究院", OrganisationType.RESEARCH_INSTITUTE).publishedOn(LocalDate.of(2025, 6, 1)).published());
		PostingDocument c = this.postings.save(aNeed("铅锌冶炼废水处理 " + m, "有色金属冶炼废水重金属回收").field("MAT.NONFERROUS")
			.inClusters(IndustryCluster.NONFERROUS_METALS).modes(CooperationMode.COMMISSIONED_DEVELOPMENT)
			.in("430482").trl(6).publishedOn(LocalDate.of(2026, 1, 15)).published());
		Eventually.within(Duration.ofSeconds(10), "all three indexed", () -> found(m, SearchFilters.none()) == 3);

		assertThat(ids(m, filters().kind(PostingKind.NEED))).containsExactly(c.id());
		assertThat(ids(m, filters().field("MAT"))).as("first-level field").containsExactlyInAnyOrder(a.id(), c.id());
		assertThat(ids(m, filters().field("MFG.POWER_EQUIPMENT"))).containsExactly(b.id());
		assertThat(ids(m, filters().cluster(IndustryCluster.NEW_MATERIALS, IndustryCluster.NONFERROUS_METALS)))
			.containsExactlyInAnyOrder(a.id(), c.id());
		assertThat(ids(m, filters().mode(CooperationMode.JOINT_DEVELOPMENT))).containsExactly(b.id());
		assertThat(ids(m, filters().trl(6, null))).containsExactlyInAnyOrder(a.id(), c.id());
		assertThat(ids(m, filters().trl(null, 5))).containsExactly(b.id());
		assertThat(ids(m, filters().stage("PILOT"))).containsExactly(a.id());
		assertThat(ids(m, filters().region("430400"))).as("Hengyang includes its counties")
			.containsExactlyInAnyOrder(a.id(), c.id());
		assertThat(ids(m, filters().region("430482"))).containsExactly(c.id());
		assertThat(ids(m, filters().amount(600_000L, 1_000_000L).negotiable(false))).as("overlapping ranges")
			.containsExactly(a.id());
		assertThat(ids(m, filters().amount(600_000L, 1_000_000L))).as("negotiable included by default")
			.containsExactlyInAnyOrder(a.id(), c.id());
		assertThat(ids(m, filters().organisationType(OrganisationType.RESEARCH_INSTITUTE))).containsExactly(b.id());
		assertThat(ids(m, filters().published(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))))
			.containsExactly(c.id());

		SearchPage page = this.search.search(m, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 10, null);
		assertThat(page.facets().get("kind")).contains(new SearchPage.FacetValue("RESULT", 2), new SearchPage.FacetValue("NEED", 1));
		assertThat(page.facets().get("cluster")).contains(new SearchPage.FacetValue("NEW_MATERIALS", 1));
		assertThat(page.facets().get("mode")).contains(new SearchPage.FacetValue("JOINT_DEVELOPMENT", 1));
		assertThat(page.facets().get("fieldParent")).contains(new SearchPage.FacetValue("MAT", 2));
		assertThat(page.facets().get("field")).contains(new SearchPage.FacetValue("MFG.POWER_EQUIPMENT", 1));
		assertThat(page.facets().get("stage")).contains(new SearchPage.FacetValue("PILOT", 1));
		assertThat(page.facets().get("region")).contains(new SearchPage.FacetValue("430482", 1));
		assertThat(page.facets().get("organisationType")).contains(new SearchPage.FacetValue("RESEARCH_INSTITUTE", 1));
		assertThat(page.facets().get("trl")).contains(new SearchPage.FacetValue("7", 1));
		assertThat(page.facets().get("amount")).contains(new SearchPage.FacetValue("500000-1000000", 1),
				new SearchPage.FacetValue("1000000-5000000", 1));
		assertThat(page.facets().get("negotiable")).contains(new SearchPage.FacetValue("true", 1));
		assertThat(page.facets()).containsKey("published");

		// Multi-select: with one cluster chosen, the cluster facet still counts the others (to add them), while the
		// other facets count only what the choice leaves.
		SearchPage narrowed = this.search.search(m, filters().cluster(IndustryCluster.NEW_MATERIALS).build(),
				PostingSearch.Sort.RELEVANCE, 10, null);
		assertThat(narrowed.total()).isEqualTo(1);
		assertThat(narrowed.facets().get("cluster")).contains(new SearchPage.FacetValue("NEW_MATERIALS", 1),
				new SearchPage.FacetValue("EQUIPMENT_MANUFACTURING", 1), new SearchPage.FacetValue("NONFERROUS_METALS", 1));
		assertThat(narrowed.facets().get("mode")).containsExactly(new SearchPage.FacetValue("TRANSFER", 1));
		assertThat(narrowed.facets().get("kind")).containsExactly(new SearchPage.FacetValue("RESULT", 1));
		SearchPage twoFacets = this.search.search(m, filters().cluster(IndustryCluster.NEW_MATERIALS)
			.mode(CooperationMode.LICENCE).build(), PostingSearch.Sort.RELEVANCE, 10, null);
		assertThat(twoFacets.total()).as("both filters apply to the hits").isZero();
		assertThat(twoFacets.facets().get("cluster")).as("clusters counted under the mode filter only")
			.containsExactly(new SearchPage.FacetValue("EQUIPMENT_MANUFACTURING", 1));
		assertThat(twoFacets.facets().get("mode")).as("modes counted under the cluster filter only")
			.containsExactly(new SearchPage.FacetValue("TRANSFER", 1));

		assertThat(this.search.search(m, SearchFilters.none(), PostingSearch.Sort.AMOUNT_DESC, 10, null).items())
			.extracting(SearchPage.Item::id).as("by amount, negotiable last").containsExactly(b.id(), a.id(), c.id());
		assertThat(this.search.search(m, SearchFilters.none(), PostingSearch.Sort.NEWEST, 10, null).items())
			.extracting(SearchPage.Item::id).containsExactly(a.id(), c.id(), b.id());
	}

	@Test
	void cursorPaginationVisitsEveryMatchOnce() {
		String m = marker();
		for (int i = 0; i < 7; i++) {
			this.postings.save(aResult("分页测试成果 " + m + " 第" + i + "项", "用于验证 search_after 翻页").published());
		}
		Eventually.within(Duration.ofSeconds(15), "seven indexed", () -> found(m, SearchFilters.none()) == 7);
		Set<Long> seen = new HashSet<>();
		String after = null;
		int pages = 0;
		do {
			SearchPage page = this.search.search(m, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 3, after);
			page.items().forEach(item -> assertThat(seen.add(item.id())).as("no repeats").isTrue());
			after = page.next();
			pages++;
		}
		while (after != null && pages < 10);
		assertThat(seen).hasSize(7);
	}

	@Test
	void searchHighlightsChineseWordsAndSuggestsTitlesAndKeywords() {
		String m = marker();
		this.postings.save(aResult("石墨烯导热膜制备技术 " + m, "一种高导热石墨烯膜的连续化制备方法，用于电子器件散热")
			.keywords("石墨烯导热膜", "散热材料").published());
		Eventually.within(Duration.ofSeconds(10), "indexed", () -> found(m, SearchFilters.none()) == 1);
		SearchPage page = this.search.search("石墨烯 " + m, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 10, null);
		assertThat(page.items().get(0).titleHighlighted()).contains("<em>石墨烯</em>");
		assertThat(page.items().get(0).snippet()).contains("<em>");

		assertThat(this.search.suggestions("石墨烯导热", null, 8)).extracting(Suggestion::text)
			.contains("石墨烯导热膜", "石墨烯导热膜制备技术 " + m);
		assertThat(this.mvc.get().uri("/api/v1/search/suggestions").param("q", "石墨烯导热")).hasStatusOk()
			.bodyJson().extractingPath("$[*].text").asArray().contains("石墨烯导热膜");
	}

	@Test
	void aQueryWithoutMatchesSaysSoAndOffersWhatIsClose() {
		String m = marker();
		this.postings.save(aResult("茶油精炼 " + m, "油茶籽油低温压榨与精炼工艺").inClusters(IndustryCluster.AGRICULTURAL_PRODUCTS_PROCESSING)
			.in("430426").published());
		Eventually.within(Duration.ofSeconds(10), "indexed", () -> found(m, SearchFilters.none()) == 1);
		assertThat(this.mvc.get().uri("/api/v1/search").param("q", m).param("region", "430100")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.noMatches").isEqualTo(true);
				assertThat(json).extractingPath("$.relaxation.relaxed").isEqualTo(true);
				assertThat(json).extractingPath("$.relaxation.removableFilters").asArray().containsExactly("region");
				assertThat(json).extractingPath("$.relaxation.totalWithoutFilters").isEqualTo(1);
			});
		SearchPage semantic = this.search.search("山茶油加工", SearchFilters.none().withKind(PostingKind.RESULT),
				PostingSearch.Sort.RELEVANCE, 10, null);
		if (semantic.noMatches()) {
			assertThat(semantic.relaxation().semantic()).as("semantic neighbours offered").isNotEmpty();
		}
	}

	@Test
	void operatorsRebuildTheIndexWithoutDowntimeAndWithoutRecomputingVectors() throws Exception {
		String m = marker();
		PostingDocument kept = this.postings.save(aResult("重建测试成果 " + m, "重建期间搜索不中断").published());
		Eventually.within(Duration.ofSeconds(10), "indexed", () -> found(m, SearchFilters.none()) == 1);
		// A posting the index missed (as if its event had been lost): the rebuild reads the database.
		PostingDocument missed = aResult("重建补录成果 " + m, "只在数据库中的成果").published();
		this.postings.putSilently(missed);
		String before = this.administration.currentIndex(PostingKind.RESULT).orElseThrow();
		long computedBefore = this.embeddings.computedCount();

		AtomicInteger searches = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		// A flag, not an interrupt, stops the searcher: interrupting a thread that waits for Elasticsearch's
		// answer makes the client fail that search, which is not a failure of the rebuild.
		AtomicBoolean rebuilt = new AtomicBoolean();
		Thread searcher = Thread.ofVirtual().start(() -> {
			while (!rebuilt.get()) {
				try {
					long total = found(m, SearchFilters.none());
					if (total < 1) {
						failure.set(new AssertionError("search lost the posting during the rebuild"));
					}
					searches.incrementAndGet();
				}
				catch (RuntimeException ex) {
					failure.compareAndSet(null, ex);
				}
			}
		});
		RebuildReport report = this.rebuild.rebuild();
		rebuilt.set(true);
		searcher.join();

		assertThat(failure.get()).as("every search during the rebuild succeeded; cause: %s",
				failure.get() != null ? failure.get().getCause() : null).isNull();
		assertThat(searches.get()).as("searches ran during the rebuild").isPositive();
		assertThat(report.error()).isNull();
		String after = this.administration.currentIndex(PostingKind.RESULT).orElseThrow();
		assertThat(after).isNotEqualTo(before).isEqualTo(report.indices().get(PostingKind.RESULT));
		assertThat(this.client.indices().exists(e -> e.index(before)).value()).as("old index dropped").isFalse();
		assertThat(this.embeddings.computedCount() - computedBefore).as("vectors computed during the rebuild")
			.isEqualTo(1);
		Eventually.within(Duration.ofSeconds(5), "both found",
				() -> found(m, SearchFilters.none()) == 2);
		assertThat(kept.id()).isPositive();
	}

	@Test
	void aRebuildWaitsForTheLeaseOfAnotherInstanceUntilItRunsOut() {
		String other = "instance-elsewhere";
		this.jdbc.sql("update search_rebuild_lease set holder = :other, expires_at = current_timestamp + interval '5' minute"
				+ " where id = 1").param("other", other).update();
		try {
			assertThatThrownBy(() -> this.rebuild.rebuild()).isInstanceOf(IndexRebuild.RebuildInProgress.class);
			assertThatThrownBy(() -> this.rebuild.startInBackground())
				.isInstanceOf(IndexRebuild.RebuildInProgress.class);
			assertThat(holder()).as("the other instance keeps its lease").isEqualTo(other);

			// The other instance died: its lease ran out.
			this.jdbc.sql("update search_rebuild_lease set expires_at = current_timestamp - interval '1' minute"
					+ " where id = 1").update();
			assertThat(this.rebuild.rebuild().error()).isNull();
			assertThat(holder()).as("released after the rebuild").isNull();
		}
		finally {
			this.jdbc.sql("update search_rebuild_lease set holder = null, expires_at = null where id = 1").update();
		}
	}

	private @org.jspecify.annotations.Nullable String holder() {
		return this.jdbc.sql("select holder from search_rebuild_lease where id = 1").query(String.class).optional()
			.orElse(null);
	}

	@Test
	void onlyOperatorsMayStartARebuild() {
		assertThat(this.mvc.post().uri("/api/v1/operator/search/rebuild").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus(401);
	}

	private List<String> titles(String q) {
		return this.search.search(q, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 10, null)
			.items()
			.stream()
			.map(SearchPage.Item::title)
			.toList();
	}

	private List<Long> ids(String q, FilterBuilder filters) {
		return this.search.search(q, filters.build(), PostingSearch.Sort.RELEVANCE, 50, null)
			.items()
			.stream()
			.map(SearchPage.Item::id)
			.toList();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static FilterBuilder filters() {
		return new FilterBuilder();
	}

	static final class FilterBuilder {

		PostingKind kind;
		String field;
		Set<IndustryCluster> cluster;
		Set<CooperationMode> mode;
		Integer trlMin;
		Integer trlMax;
		Set<String> stage;
		String region;
		Long minYuan;
		Long maxYuan;
		Boolean negotiable;
		Set<OrganisationType> organisationType;
		LocalDate from;
		LocalDate to;

		FilterBuilder kind(PostingKind kind) { this.kind = kind; return this; }
		FilterBuilder field(String field) { this.field = field; return this; }
		FilterBuilder cluster(IndustryCluster... c) { this.cluster = Set.of(c); return this; }
		FilterBuilder mode(CooperationMode... m) { this.mode = Set.of(m); return this; }
		FilterBuilder trl(Integer min, Integer max) { this.trlMin = min; this.trlMax = max; return this; }
		FilterBuilder stage(String... s) { this.stage = Set.of(s); return this; }
		FilterBuilder region(String r) { this.region = r; return this; }
		FilterBuilder amount(Long min, Long max) { this.minYuan = min; this.maxYuan = max; return this; }
		FilterBuilder negotiable(boolean n) { this.negotiable = n; return this; }
		FilterBuilder organisationType(OrganisationType... t) { this.organisationType = Set.of(t); return this; }
		FilterBuilder published(LocalDate from, LocalDate to) { this.from = from; this.to = to; return this; }

		SearchFilters build() {
			return new SearchFilters(this.kind, this.field, this.cluster, this.mode, this.trlMin, this.trlMax,
					this.stage, this.region, this.minYuan, this.maxYuan, this.negotiable, this.organisationType,
					this.from, this.to);
		}

	}

}
