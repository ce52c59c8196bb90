package org.hengqiao.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.result.ResultRequests.aResult;

import java.util.List;
import java.util.Set;

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

@HengqiaoIntegrationTest
class PostingDocumentsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PostingDocuments documents;

	Actor owner;

	Actor operator;

	@BeforeEach
	void setUp() {
		this.owner = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.UNIVERSITY, "湖南环境生物职业技术学院"), true);
		this.operator = Organisations.operator();
	}

	@Test
	void flattensANeedWithEverythingSearchNeeds() {
		long id = PostingApi.needs(this.mvc).published(this.owner, this.operator, aNeed());

		PostingDocument need = this.documents.find(id).orElseThrow();

		assertThat(need.kind()).isEqualTo(PostingKind.NEED);
		assertThat(need.status()).isEqualTo(PostingStatus.PUBLISHED);
		assertThat(need.version()).isEqualTo(2);
		assertThat(need.organisationName()).isEqualTo("湖南环境生物职业技术学院");
		assertThat(need.organisationType()).isEqualTo(OrganisationType.UNIVERSITY);
		assertThat(need.title()).isEqualTo("铜冶炼烟气中二氧化硫高效回收技术");
		assertThat(need.text()).startsWith("我公司位于衡阳");
		assertThat(need.keywords()).containsExactly("烟气脱硫", "二氧化硫", "制酸");
		assertThat(need.fieldCode()).isEqualTo("MAT.NONFERROUS");
		assertThat(need.fieldParentCode()).isEqualTo("MAT");
		assertThat(need.clusters()).isEqualTo(Set.of(IndustryCluster.NONFERROUS_METALS, IndustryCluster.NEW_MATERIALS));
		assertThat(need.cooperationModes()).contains(CooperationMode.JOINT_DEVELOPMENT);
		assertThat(need.negotiable()).isFalse();
		assertThat(need.minYuan()).isEqualTo(500_000L);
		assertThat(need.maxYuan()).isEqualTo(2_000_000L);
		assertThat(need.regionCode()).isEqualTo("430407");
		assertThat(need.trl()).isEqualTo(6);
		assertThat(need.stage()).isEqualTo("PILOT");
		assertThat(need.deadline()).isNotNull();
		assertThat(need.publishedAt()).isNotNull();
		assertThat(need.isPublic()).isTrue();
	}

	@Test
	void findsDraftsTooSinceSearchDecidesWhatToIndex() {
		long id = PostingApi.results(this.mvc).draft(this.owner, aResult());

		assertThat(this.documents.find(id)).get()
			.satisfies(result -> {
				assertThat(result.kind()).isEqualTo(PostingKind.RESULT);
				assertThat(result.isPublic()).isFalse();
				assertThat(result.deadline()).isNull();
				assertThat(result.publishedAt()).isNull();
			});
		assertThat(this.documents.find(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void readsAllPostingsInIdOrderBatchByBatch() {
		long first = PostingApi.needs(this.mvc).draft(this.owner, aNeed());
		long second = PostingApi.results(this.mvc).draft(this.owner, aResult());

		List<PostingDocument> batch = this.documents.batchAfter(first - 1, 2);

		assertThat(batch).extracting(PostingDocument::id).containsExactly(first, second);
		assertThat(this.documents.batchAfter(second, 10)).isEmpty();
	}

}
