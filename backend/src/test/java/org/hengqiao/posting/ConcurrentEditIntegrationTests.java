package org.hengqiao.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.testing.Acting.as;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

@HengqiaoIntegrationTest
class ConcurrentEditIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	PostingApi needs;

	Actor alice;

	Actor bob;

	@BeforeEach
	void setUp() {
		this.needs = PostingApi.needs(this.mvc);
		long company = new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "衡阳并发编辑测试企业");
		this.alice = Organisations.memberOf(company, true);
		this.bob = Organisations.memberOf(company, true);
	}

	@Test
	void theSecondOfTwoEditsBasedOnTheSameVersionIsRefusedWithTheCurrentVersion() {
		long id = this.needs.draft(this.alice, aNeed());

		assertThat(this.needs.update(as(this.alice), id, aNeed().titled("Alice 的标题").atVersion(0))).hasStatusOk();
		assertThat(this.needs.update(as(this.bob), id, aNeed().titled("Bob 的标题").atVersion(0)))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo("concurrentEdit");
				assertThat(json).extractingPath("$.currentVersion").isEqualTo(1);
			});
		assertThat(title(id)).isEqualTo("Alice 的标题");
	}

	@Test
	void ofTwoSimultaneousEditsExactlyOneWins() throws Exception {
		long id = this.needs.draft(this.alice, aNeed());
		CountDownLatch start = new CountDownLatch(1);

		List<MvcTestResult> results;
		try (var pool = Executors.newFixedThreadPool(2)) {
			Future<MvcTestResult> first = pool.submit(() -> {
				start.await();
				return this.needs.update(as(this.alice), id, aNeed().titled("Alice 的标题").atVersion(0));
			});
			Future<MvcTestResult> second = pool.submit(() -> {
				start.await();
				return this.needs.update(as(this.bob), id, aNeed().titled("Bob 的标题").atVersion(0));
			});
			start.countDown();
			results = List.of(first.get(), second.get());
		}

		assertThat(results).extracting(result -> result.getResponse().getStatus())
			.containsExactlyInAnyOrder(200, 409);
		MvcTestResult refused = results.stream().filter(r -> r.getResponse().getStatus() == 409).findFirst().orElseThrow();
		assertThat(refused).bodyJson().extractingPath("$.currentVersion").isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from posting_audit where posting_id = ? and action = 'EDITED'")
			.param(id)
			.query(Long.class)
			.single()).as("one edit recorded").isEqualTo(1);
	}

	private String title(long id) {
		return this.jdbc.sql("select title from posting where id = ?").param(id).query(String.class).single();
	}

}
