package org.hengqiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.search.Postings.aResult;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What people type is often the name of a cluster or field, not a word of the posting's text. */
@SearchIntegrationTest
class LabelSearchIntegrationTests {

	@Autowired
	TestPostings postings;

	@Autowired
	PostingSearch search;

	PostingDocument tagged;

	PostingDocument control;

	@BeforeEach
	void publishATaggedResultAndAControl() {
		String marker = "zl" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		// Neither text names a cluster or a field: only the tags differ.
		this.tagged = this.postings.save(aResult("驱动电机控制器热管理 " + marker, "控制器功率模块液冷散热结构设计与温度均衡方法。")
			.inClusters(IndustryCluster.NEW_ENERGY_VEHICLES).field("ENV.WATER").published());
		this.control = this.postings.save(aResult("驱动电机控制器热管理 " + marker + " 对照", "控制器功率模块液冷散热结构设计与温度均衡方法。")
			.inClusters(IndustryCluster.TEXTILES_AND_CLOTHING).field("AUT.TRANSPORT").published());
		Eventually.within(Duration.ofSeconds(15), "both indexed", () -> this.search
			.search(marker, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 10, null).total() == 2);
	}

	/** The newest matches first: this test's postings are the latest, whatever other tests indexed. */
	List<Long> found(String q) {
		return this.search.search(q, SearchFilters.none(), PostingSearch.Sort.NEWEST, 100, null)
			.items()
			.stream()
			.map(SearchPage.Item::id)
			.toList();
	}

	@Test
	void aPartOfAClusterNameFindsPostingsTaggedWithIt() {
		assertThat(found("新能源")).as("新能源 finds a posting tagged 新能源汽车").contains(this.tagged.id())
			.doesNotContain(this.control.id());
	}

	@Test
	void clusterNamesAreSearchableInEnglishToo() {
		assertThat(found("new-energy vehicles")).contains(this.tagged.id()).doesNotContain(this.control.id());
	}

	@Test
	void theTechnicalFieldAndItsParentAreSearchableByName() {
		assertThat(found("水处理")).as("its field, 水处理与水利").contains(this.tagged.id()).doesNotContain(this.control.id());
		assertThat(found("交通运输")).as("its field, 交通运输工程").contains(this.control.id())
			.doesNotContain(this.tagged.id());
		assertThat(found("资源与环境")).as("the parent field of 水处理与水利").contains(this.tagged.id())
			.doesNotContain(this.control.id());
	}

}
