package org.hengqiao.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.testing.Acting.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.PostingChanged;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.hengqiao.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@HengqiaoIntegrationTest
@RecordApplicationEvents
class NeedLifecycleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	PostingApi needs;

	Actor owner;

	Actor operator;

	@BeforeEach
	void setUp() {
		this.needs = PostingApi.needs(this.mvc);
		long enterprise = new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "衡阳有色冶炼厂");
		this.owner = Organisations.memberOf(enterprise, true);
		this.operator = Organisations.operator();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void goesFromDraftThroughRejectionAndResubmissionToAMatchedClose() {
		long id = this.needs.draft(this.owner, aNeed());
		assertThat(this.needs.get(as(this.owner), id)).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").isEqualTo("DRAFT");
				assertThat(json).extractingPath("$.allowedActions").asArray().containsExactly("EDIT", "SUBMIT");
			});

		assertThat(this.needs.transition(as(this.owner), id, "submission")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SUBMITTED");
		assertThat(this.needs.transition(as(this.operator), id, "rejection", Map.of("reason", "请补充现有工艺参数")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("REJECTED");
		assertThat(this.needs.get(as(this.owner), id)).bodyJson()
			.extractingPath("$.rejectionReason")
			.as("the owner reads why")
			.isEqualTo("请补充现有工艺参数");

		long version = this.needs.version(this.owner, id);
		assertThat(this.needs.update(as(this.owner), id, aNeed().titled("铜冶炼烟气 SO2 回收（补充工艺参数）").atVersion(version)))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").as("an edit keeps a rejected need rejected").isEqualTo("REJECTED");
				assertThat(json).extractingPath("$.title").isEqualTo("铜冶炼烟气 SO2 回收（补充工艺参数）");
			});
		assertThat(this.needs.transition(as(this.owner), id, "submission")).hasStatusOk();
		assertThat(this.needs.transition(as(this.operator), id, "approval")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("PUBLISHED");
		assertThat(this.needs.transition(as(this.owner), id, "negotiation")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("IN_NEGOTIATION");
		assertThat(this.needs.transition(as(this.owner), id, "closure", Map.of("outcome", "MATCHED"))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").isEqualTo("CLOSED");
				assertThat(json).extractingPath("$.allowedActions").asArray().isEmpty();
			});

		assertThat(auditActions(id)).containsExactly("CREATED", "SUBMITTED", "REJECTED", "EDITED", "SUBMITTED",
				"APPROVED", "NEGOTIATION_STARTED", "CLOSED");
	}

	@Test
	void editingAPublishedNeedSendsItBackToReview() {
		long id = this.needs.published(this.owner, this.operator, aNeed());
		long version = this.needs.version(this.owner, id);

		assertThat(this.needs.update(as(this.owner), id, aNeed().negotiable().atVersion(version))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SUBMITTED");
		assertThat(this.needs.get(org.hengqiao.testing.Acting.anonymous(), id)).as("no longer public")
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void recordsAFieldLevelDiffOfAnEdit() {
		long id = this.needs.draft(this.owner, aNeed());

		this.needs.update(as(this.owner), id, aNeed().titled("新标题").negotiable().atVersion(0));

		String changes = this.jdbc.sql("select changes from posting_audit where posting_id = ? and action = 'EDITED'")
			.param(id)
			.query(String.class)
			.single();
		assertThat(changes).contains("\"field\":\"title\"", "\"to\":\"新标题\"", "\"field\":\"amount\"", "negotiable")
			.doesNotContain("\"field\":\"description\"");
	}

	@Test
	void anEditThatChangesNothingIsNotRecorded() {
		long id = this.needs.draft(this.owner, aNeed());

		assertThat(this.needs.update(as(this.owner), id, aNeed().atVersion(0))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.version")
			.isEqualTo(0);
		assertThat(auditActions(id)).containsExactly("CREATED");
	}

	@Test
	void refusesToApproveADraft() {
		long id = this.needs.draft(this.owner, aNeed());

		assertThat(this.needs.transition(as(this.operator), id, "approval")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo("illegalTransition");
				assertThat(json).extractingPath("$.from").isEqualTo("DRAFT");
				assertThat(json).extractingPath("$.to").isEqualTo("PUBLISHED");
			});
	}

	@Test
	void rejectionNeedsAReason() {
		long id = this.needs.submitted(this.owner, aNeed());

		assertThat(this.needs.transition(as(this.operator), id, "rejection", Map.of("reason", " ")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("reason");
	}

	@Test
	void closingRequiresAKnownOutcome() {
		long id = this.needs.published(this.owner, this.operator, aNeed());

		assertThat(this.needs.transition(as(this.owner), id, "closure", Map.of("outcome", "WON")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("outcome");
	}

	@Test
	void theOwnerWithdrawsAPublishedNeed() {
		long id = this.needs.published(this.owner, this.operator, aNeed());

		assertThat(this.needs.transition(as(this.owner), id, "withdrawal", Map.of("reason", "已自行解决")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("WITHDRAWN");
		assertThat(this.needs.transition(as(this.owner), id, "submission")).as("withdrawn is final")
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void anUnverifiedOrganisationDraftsButCannotSubmit() {
		long unverified = new Organisations(this.jdbc).unverified(OrganisationType.ENTERPRISE, "新注册企业");
		Actor newcomer = Organisations.memberOf(unverified, false);
		long id = this.needs.draft(newcomer, aNeed());

		assertThat(this.needs.get(as(newcomer), id)).bodyJson()
			.extractingPath("$.allowedActions")
			.asArray()
			.containsExactly("EDIT");
		assertThat(this.needs.transition(as(newcomer), id, "submission")).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("organisationNotVerified");
	}

	@Test
	void aNeedPastItsDeadlineCannotBeResubmitted() {
		long id = this.needs.submitted(this.owner, aNeed().due(LocalDate.now().plusDays(3)));
		this.needs.transition(as(this.operator), id, "rejection", Map.of("reason", "信息不全"));

		this.clock.advance(Duration.ofDays(5));

		assertThat(this.needs.transition(as(this.owner), id, "submission")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("deadline");
	}

	@Test
	void publishesOnePostingChangedPerChange() {
		this.events.clear();
		long id = this.needs.draft(this.owner, aNeed());
		this.needs.update(as(this.owner), id, aNeed().titled("改一次").atVersion(0));
		this.needs.transition(as(this.owner), id, "submission");
		this.needs.transition(as(this.operator), id, "approval");
		this.needs.transition(as(this.operator), id, "approval");

		List<PostingChanged> changes = this.events.stream(PostingChanged.class)
			.filter(event -> event.postingId() == id)
			.toList();
		assertThat(changes).as("create, edit, submit, approve; the refused second approval sends nothing")
			.extracting(PostingChanged::version)
			.containsExactly(0L, 1L, 2L, 3L);
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
