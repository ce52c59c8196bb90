package org.hengqiao.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.result.ResultRequests.aResult;
import static org.hengqiao.testing.Acting.as;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@HengqiaoIntegrationTest
class AuditLogIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void operatorsFilterByKindAndPartOfTheActorsNameAndSeeThePostingsTitle() {
		long organisation = new Organisations(this.jdbc).verified(OrganisationType.UNIVERSITY, "衡阳审计日志大学");
		Actor member = Organisations.memberOf(organisation, true);
		Actor operator = Organisations.operator();
		long result = PostingApi.results(this.mvc).draft(member, aResult().titled("审计日志里的成果"));
		PostingApi.needs(this.mvc).draft(member, aNeed());

		assertThat(this.mvc.get()
			.uri("/api/v1/operator/audit?actorName={name}&kind=RESULT", "成员" + organisation)
			.with(as(operator))).hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.totalElements").isEqualTo(1);
				assertThat(json).extractingPath("$.items[0].postingId").isEqualTo((int) result);
				assertThat(json).extractingPath("$.items[0].postingTitle").isEqualTo("审计日志里的成果");
				assertThat(json).extractingPath("$.items[0].action").isEqualTo("CREATED");
			});
		assertThat(this.mvc.get()
			.uri("/api/v1/operator/audit?actorName={name}", "成员" + organisation)
			.with(as(operator))).bodyJson()
			.extractingPath("$.items[*].kind")
			.asInstanceOf(InstanceOfAssertFactories.list(String.class))
			.containsExactlyInAnyOrder("NEED", "RESULT");
	}

}
