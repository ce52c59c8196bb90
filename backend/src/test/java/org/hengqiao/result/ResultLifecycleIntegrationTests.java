package org.hengqiao.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.result.ResultRequests.aResult;
import static org.hengqiao.testing.Acting.as;

import java.util.Map;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.Acting;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@HengqiaoIntegrationTest
class ResultLifecycleIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	PostingApi results;

	Actor owner;

	Actor operator;

	@BeforeEach
	void setUp() {
		this.results = PostingApi.results(this.mvc);
		this.owner = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.UNIVERSITY, "南华大学"), true);
		this.operator = Organisations.operator();
	}

	@Test
	void goesThroughReviewRejectionResubmissionNegotiationAndClose() {
		long id = this.results.draft(this.owner, aResult().withExternalId("NH-2024-001"));
		this.results.transition(as(this.owner), id, "submission");
		assertThat(this.results.transition(as(this.operator), id, "rejection", Map.of("reason", "请补充中试数据")))
			.hasStatusOk();
		this.results.update(as(this.owner), id,
				aResult().withExternalId("NH-2024-001").titled("低品位氧化铅锌矿选冶联合技术（含中试数据）").atVersion(2));
		assertThat(this.results.transition(as(this.owner), id, "submission")).hasStatusOk();
		assertThat(this.results.transition(as(this.operator), id, "approval")).hasStatusOk();

		assertThat(this.results.get(Acting.anonymous(), id)).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").isEqualTo("PUBLISHED");
				assertThat(json).extractingPath("$.kind").isEqualTo("RESULT");
				assertThat(json).extractingPath("$.abstractText").asString().startsWith("针对湘南地区");
				assertThat(json).extractingPath("$.maturity.trl").isEqualTo(6);
				assertThat(json).extractingPath("$.patents[0].number").isEqualTo(ResultRequests.PATENT);
				assertThat(json).extractingPath("$.field.parentCode").isEqualTo("MAT");
				assertThat(json).extractingPath("$.organisation.name").isEqualTo("南华大学");
				assertThat(json).extractingPath("$.externalId").as("the TTO's id is internal").isNull();
				assertThat(json).extractingPath("$.rejectionReason").as("internal too").isNull();
				assertThat(json).extractingPath("$.contact.name").as("public contact").isEqualTo("技术转移中心");
			});

		assertThat(this.results.transition(as(this.owner), id, "negotiation")).hasStatusOk();
		assertThat(this.results.transition(as(this.owner), id, "closure", Map.of("outcome", "CANCELLED")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("CLOSED");
	}

	@Test
	void normalisesPatentNumbersWrittenLoosely() {
		long id = this.results.draft(this.owner, aResult().withPatent("ZL 2017 1 0601862.3", "INVENTION"));

		assertThat(this.results.get(as(this.owner), id)).bodyJson()
			.extractingPath("$.patents[0].number")
			.isEqualTo("201710601862.3");
	}

	@Test
	void acceptsSoftwareCopyrightRegistrationNumbers() {
		assertThat(this.results.create(as(this.owner), aResult().withPatent("2021SR0123456", "SOFTWARE_COPYRIGHT")))
			.hasStatus(HttpStatus.CREATED);
		assertThat(this.results.create(as(this.owner), aResult().withPatent("2021-SR-12", "SOFTWARE_COPYRIGHT")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("patents[0].number");
	}

	@Test
	void refusesAPatentNumberOfAnotherTypeThanDeclared() {
		assertThat(this.results.create(as(this.owner), aResult().withPatent(ResultRequests.PATENT, "DESIGN")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("patents[0].number");
	}

	@Test
	void externalIdsAreUniqueWithinAnOrganisation() {
		this.results.draft(this.owner, aResult().withExternalId("NH-DUP"));

		assertThat(this.results.create(as(this.owner), aResult().withExternalId("NH-DUP")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("externalId");
		Actor other = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.UNIVERSITY, "湖南工学院"), true);
		assertThat(this.results.create(as(other), aResult().withExternalId("NH-DUP")))
			.as("another organisation may use the same id")
			.hasStatus(HttpStatus.CREATED);
	}

}
