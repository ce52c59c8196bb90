package org.hengqiao.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.testing.Acting.as;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Role;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.Acting;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The to-do board is for operators only, and its counts follow what waits for them. */
@HengqiaoIntegrationTest
class OperatorBoardIntegrationTests {

	private static final String BOARD = "/api/v1/operator/board";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void nobodyButAnOperatorReadsTheBoard() {
		Organisations organisations = new Organisations(this.jdbc);
		long enterprise = organisations.verified(OrganisationType.ENTERPRISE, "衡阳看板企业");
		long university = organisations.verified(OrganisationType.UNIVERSITY, "衡阳看板大学");
		long agency = organisations.verified(OrganisationType.SERVICE_AGENCY, "衡阳看板经纪机构");
		Actor agencyAdmin = new Actor(9_100_001L, "机构管理员", agency, true,
				Set.of(Role.MEMBER, Role.ORG_ADMIN, Role.BROKER));
		assertThat(this.mvc.get().uri(BOARD).with(Acting.anonymous())).as("anonymous visitor")
			.hasStatus(HttpStatus.UNAUTHORIZED);
		for (Actor actor : List.of(Organisations.adminOf(enterprise, true), Organisations.memberOf(university, true),
				Organisations.adminOf(organisations.unverified(OrganisationType.ENTERPRISE, "未认证企业"), false),
				Organisations.broker(), agencyAdmin, Organisations.applicant())) {
			assertThat(this.mvc.get().uri(BOARD).with(as(actor))).as(actor.displayName())
				.hasStatus(HttpStatus.FORBIDDEN)
				.bodyJson()
				.extractingPath("$.status")
				.isEqualTo(403);
		}
	}

	@Test
	void countsFollowWhatWaitsForTheOperator() {
		Actor operator = Organisations.operator();
		Map<String, Integer> before = board(operator);
		Organisations organisations = new Organisations(this.jdbc);
		long applicant = organisations.unverified(OrganisationType.ENTERPRISE, "待认证企业");
		this.jdbc.sql("update organisation set verification_status = 'PENDING' where id = ?").param(applicant).update();
		long owner = organisations.verified(OrganisationType.ENTERPRISE, "待审需求企业");
		PostingApi.needs(this.mvc).submitted(Organisations.memberOf(owner, true), aNeed());
		failedMail(Instant.now(this.clock).minus(Duration.ofDays(1)));
		failedMail(Instant.now(this.clock).minus(Duration.ofDays(8)));

		Map<String, Integer> after = board(operator);

		assertThat(after.get("verifications") - before.get("verifications")).as("organisations to verify")
			.isEqualTo(1);
		assertThat(after.get("moderation") - before.get("moderation")).as("postings to moderate").isEqualTo(1);
		assertThat(after.get("failedEmails") - before.get("failedEmails"))
			.as("failed e-mails of the last 7 days only")
			.isEqualTo(1);
		assertThat(after).containsKeys("disputedDeals", "overdueFollowUps", "failedImports");
	}

	private Map<String, Integer> board(Actor operator) {
		var result = this.mvc.get().uri(BOARD).with(as(operator)).exchange();
		assertThat(result).hasStatusOk();
		return JsonPath.read(PostingApi.body(result), "$");
	}

	private void failedMail(Instant created) {
		this.jdbc.sql("""
				insert into outgoing_mail (recipient, subject, body, status, attempts, next_attempt_at, created_at)
				values ('x@example.com', '通知', '', 'FAILED', 30, :at, :at)""")
			.param("at", Timestamp.from(created))
			.update();
	}

}
