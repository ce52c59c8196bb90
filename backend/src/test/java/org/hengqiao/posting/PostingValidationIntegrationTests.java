package org.hengqiao.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.result.ResultRequests.aResult;
import static org.hengqiao.testing.Acting.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Bad input of any kind is a 400 naming the fields, writes nothing, and is never a 500. */
@HengqiaoIntegrationTest
class PostingValidationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	PostingApi needs;

	PostingApi results;

	Actor owner;

	long organisation;

	/** Postings of the organisation and the sum of their versions before the request under test. */
	String baseline = "0/0";

	@BeforeEach
	void setUp() {
		this.needs = PostingApi.needs(this.mvc);
		this.results = PostingApi.results(this.mvc);
		this.organisation = new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "衡阳校验测试企业");
		this.owner = Organisations.memberOf(this.organisation, true);
	}

	@Test
	void namesEveryMissingOrOversizedField() {
		MvcTestResult result = this.needs.create(as(this.owner),
				aNeed().with("title", "长".repeat(101)).without("description").with("clusters", List.of()));

		assertRejected(result, "title", "description", "clusters");
	}

	@Test
	void namesAnUnknownEnumValue() {
		assertRejected(this.needs.create(as(this.owner), aNeed().with("contactVisibility", "EVERYONE")),
				"contactVisibility");
		assertRejected(this.needs.create(as(this.owner), aNeed().with("clusters", List.of("SPACE_MINING"))),
				"clusters[0]");
	}

	@Test
	void namesAValueOfTheWrongType() {
		assertRejected(this.needs.create(as(this.owner), aNeed().with("budget", Map.of("negotiable", false,
				"minYuan", "a lot"))), "budget.minYuan");
		assertRejected(this.needs.create(as(this.owner), aNeed().with("deadline", "next spring")), "deadline");
	}

	@Test
	void refusesABudgetWhoseMinimumExceedsItsMaximum() {
		assertRejected(this.needs.create(as(this.owner), aNeed().budget(2_000_000, 1_000_000)), "budget.maxYuan");
	}

	@Test
	void refusesADeadlineInThePast() {
		assertRejected(this.needs.create(as(this.owner), aNeed().due(LocalDate.now().minusDays(1))), "deadline");
	}

	@Test
	void refusesUnknownFieldAndRegionCodes() {
		assertRejected(this.needs.create(as(this.owner), aNeed().with("fieldCode", "MAT").with("regionCode", "999999")),
				"fieldCode", "regionCode");
	}

	@Test
	void refusesTooManyOrTooLongKeywords() {
		assertRejected(this.needs.create(as(this.owner), aNeed().with("keywords", List.of("关".repeat(21)))),
				"keywords[0]");
		assertRejected(this.needs.create(as(this.owner),
				aNeed().with("keywords", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"))),
				"keywords");
	}

	@Test
	void refusesAContactNobodyCanReach() {
		assertRejected(this.needs.create(as(this.owner), aNeed().with("contact", Map.of("name", "王工"))),
				"contact.phone");
	}

	@Test
	void refusesInvalidPatentNumbers() {
		assertRejected(this.results.create(as(this.owner), aResult().withPatent("201710601862.4", "INVENTION")),
				"patents[0].number");
	}

	@Test
	void refusesAResultWithoutMaturity() {
		assertRejected(this.results.create(as(this.owner), aResult().with("maturity", Map.of("trl", 12))),
				"maturity.trl");
		assertRejected(this.results.create(as(this.owner), aResult().with("maturity", Map.of("trl", 3))),
				"maturity.stage");
	}

	@Test
	void refusesMalformedJson() {
		assertThat(this.mvc.post()
			.uri("/api/v1/needs")
			.with(as(this.owner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": ")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("unreadable");
	}

	@Test
	void refusesARevisionWithoutItsVersion() {
		long id = this.needs.draft(this.owner, aNeed());
		this.baseline = written();

		assertRejected(this.needs.update(as(this.owner), id, aNeed()), "version");
	}

	@Test
	void refusesBadListParameters() {
		assertThat(this.mvc.get().uri("/api/v1/needs?size=1000")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/api/v1/needs?status=LOST")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("status");
		assertThat(this.mvc.get().uri("/api/v1/needs?sort=random")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("sort");
	}

	private void assertRejected(MvcTestResult result, String... fields) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asInstanceOf(InstanceOfAssertFactories.list(String.class))
			.as("the fields named")
			.contains(fields);
		assertThat(written()).as("nothing written").isEqualTo(this.baseline);
	}

	private String written() {
		return this.jdbc.sql("select count(*) || '/' || coalesce(sum(version), 0) from posting where organisation_id = ?")
			.param(this.organisation)
			.query(String.class)
			.single();
	}

}
