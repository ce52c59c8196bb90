package org.hengqiao.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.hengqiao.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@HengqiaoIntegrationTest
@RecordApplicationEvents
class PostingExpiryIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	PostingExpiry expiry;

	PostingApi needs;

	Actor owner;

	Actor operator;

	@BeforeEach
	void setUp() {
		this.needs = PostingApi.needs(this.mvc);
		this.owner = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "衡阳输变电设备厂"), true);
		this.operator = Organisations.operator();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void expiresPublishedAndSubmittedNeedsTheDayAfterTheirDeadline() {
		LocalDate deadline = LocalDate.now(PostingWorkflow.ZONE).plusDays(10);
		long published = this.needs.published(this.owner, this.operator, aNeed().due(deadline));
		long submitted = this.needs.submitted(this.owner, aNeed().due(deadline));
		long later = this.needs.published(this.owner, this.operator, aNeed().due(deadline.plusDays(30)));
		long draft = this.needs.draft(this.owner, aNeed().due(deadline));

		this.clock.advance(Duration.ofDays(10));
		this.expiry.expireOverdueNeeds();
		assertThat(status(published)).as("the deadline day itself still counts").isEqualTo("PUBLISHED");

		this.clock.advance(Duration.ofDays(1));
		this.events.clear();
		this.expiry.expireOverdueNeeds();

		assertThat(status(published)).isEqualTo("EXPIRED");
		assertThat(status(submitted)).isEqualTo("EXPIRED");
		assertThat(status(later)).isEqualTo("PUBLISHED");
		assertThat(status(draft)).as("drafts do not expire").isEqualTo("DRAFT");
		assertThat(this.events.stream(PostingChanged.class).filter(event -> event.postingId() == published))
			.as("one event for the expiry")
			.hasSize(1);
		assertThat(auditActions(published)).last().isEqualTo("EXPIRED");
	}

	@Test
	void runningTheJobAgainOrOnTwoInstancesAtOnceExpiresEachNeedOnce() throws Exception {
		LocalDate deadline = LocalDate.now(PostingWorkflow.ZONE).plusDays(2);
		List<Long> due = List.of(this.needs.published(this.owner, this.operator, aNeed().due(deadline)),
				this.needs.published(this.owner, this.operator, aNeed().due(deadline)),
				this.needs.published(this.owner, this.operator, aNeed().due(deadline)));
		this.clock.advance(Duration.ofDays(3));

		Callable<Integer> run = this.expiry::expireOverdueNeeds;
		try (var pool = Executors.newFixedThreadPool(2)) {
			Future<Integer> first = pool.submit(run);
			Future<Integer> second = pool.submit(run);
			assertThat(first.get() + second.get()).as("the two runs together").isGreaterThanOrEqualTo(due.size());
		}
		assertThat(this.expiry.expireOverdueNeeds()).as("a later run").isZero();

		for (long id : due) {
			assertThat(auditActions(id)).as("need %d", id).filteredOn("EXPIRED"::equals).hasSize(1);
		}
	}

	@Test
	void warnsOncePerDeadlineWhenAPublishedNeedIsAWeekFromItsDeadline() {
		LocalDate today = LocalDate.now(PostingWorkflow.ZONE);
		long near = this.needs.published(this.owner, this.operator, aNeed().due(today.plusDays(10)));
		long far = this.needs.published(this.owner, this.operator, aNeed().due(today.plusDays(40)));
		long submitted = this.needs.submitted(this.owner, aNeed().due(today.plusDays(10)));

		this.clock.advance(Duration.ofDays(2));
		this.events.clear();
		this.expiry.warnNeedsExpiringSoon();
		assertThat(this.events.stream(PostingExpiringSoon.class)).as("eight days before the deadline").isEmpty();

		this.clock.advance(Duration.ofDays(1));
		this.expiry.warnNeedsExpiringSoon();
		this.expiry.warnNeedsExpiringSoon();
		assertThat(this.events.stream(PostingExpiringSoon.class).map(PostingExpiringSoon::postingId))
			.as("seven days before: the published need, once; not the far one, not the one still in review")
			.containsExactly(near)
			.doesNotContain(far, submitted);
		assertThat(this.events.stream(PostingExpiringSoon.class).findFirst().orElseThrow())
			.as("the warning names the need and its deadline")
			.satisfies(event -> {
				assertThat(event.title()).isEqualTo(this.jdbc.sql("select title from posting where id = ?")
					.param(near)
					.query(String.class)
					.single());
				assertThat(event.deadline()).isEqualTo(today.plusDays(10));
			});
	}

	private List<String> auditActions(long id) {
		return this.jdbc.sql("select action from posting_audit where posting_id = ? order by id")
			.param(id)
			.query(String.class)
			.list();
	}

	private String status(long id) {
		return this.jdbc.sql("select status from posting where id = ?").param(id).query(String.class).single();
	}

}
