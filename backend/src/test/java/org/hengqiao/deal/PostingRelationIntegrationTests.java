package org.hengqiao.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.testing.Acting.anonymous;
import static org.hengqiao.testing.Acting.as;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.result.ResultRequests;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A posting's page asks once what the posting means to the viewer's organisation: its interest and the interest's
 * status, the conversation it opened, its deal, and what it may still do. Strangers learn nothing about other
 * organisations' relations, and nothing about postings they may not read.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class PostingRelationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	Actor tto;

	Actor engineer;

	Actor stranger;

	long enterprise;

	long result;

	@BeforeEach
	void setUp() {
		Fixtures.Founded university = this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY);
		Fixtures.Founded company = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Fixtures.Founded other = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.verify(university);
		this.fixtures.verify(company);
		this.fixtures.verify(other);
		this.enterprise = company.organisationId();
		this.tto = Organisations.adminOf(university.organisationId(), true);
		this.engineer = Organisations.memberOf(company.organisationId(), true);
		this.stranger = Organisations.memberOf(other.organisationId(), true);
		this.result = PostingApi.results(this.mvc).published(this.tto, Organisations.operator(),
				ResultRequests.aResult());
	}

	@Test
	void followsTheViewersInterestConversationAndDeal() throws Exception {
		assertThat(relation(this.engineer)).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.own").isEqualTo(false);
				assertThat(json).extractingPath("$.interest").isNull();
				assertThat(json).extractingPath("$.mayExpressInterest").isEqualTo(true);
				assertThat(json).extractingPath("$.mayOpenDeal").isEqualTo(true);
			});

		long interest = id(this.mvc.post()
			.uri("/api/v1/interests")
			.with(as(this.engineer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"postingId\":" + this.result + ",\"message\":\"想了解中试条件\"}")
			.exchange());
		assertThat(relation(this.engineer)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.interest.id").isEqualTo((int) interest);
			assertThat(json).extractingPath("$.interest.status").isEqualTo("PENDING");
			assertThat(json).as("a second interest would be refused, so it is not offered")
				.extractingPath("$.mayExpressInterest")
				.isEqualTo(false);
		});
		assertThat(relation(this.stranger)).as("another organisation learns nothing of the engineer's interest")
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.interest").isNull();
				assertThat(json).extractingPath("$.mayExpressInterest").isEqualTo(true);
			});

		String accepted = this.mvc.post()
			.uri("/api/v1/interests/" + interest + "/acceptance")
			.with(as(this.tto))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long conversation = ((Number) JsonPath.read(accepted, "$.conversationId")).longValue();
		assertThat(relation(this.engineer)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.interest.status").isEqualTo("ACCEPTED");
			assertThat(json).extractingPath("$.conversationId").isEqualTo((int) conversation);
		});

		long deal = id(this.mvc.post()
			.uri("/api/v1/deals")
			.with(as(this.engineer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"resultId\":" + this.result + ",\"counterpartOrganisationId\":" + this.enterprise + "}")
			.exchange());
		assertThat(relation(this.engineer)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.deal.id").isEqualTo((int) deal);
			assertThat(json).extractingPath("$.deal.stage").isEqualTo("CONTACTED");
			assertThat(json).as("a running deal is not opened twice").extractingPath("$.mayOpenDeal").isEqualTo(false);
		});
		assertThat(relation(this.stranger)).as("nor of its deal").bodyJson().extractingPath("$.deal").isNull();
		assertThat(relation(this.tto)).as("the owner sees its own posting, with nothing to express")
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.own").isEqualTo(true);
				assertThat(json).extractingPath("$.mayExpressInterest").isEqualTo(false);
				assertThat(json).extractingPath("$.mayOpenDeal").isEqualTo(false);
			});
	}

	@Test
	void refusesAnonymousVisitorsAndHidesPostingsTheViewerMayNotRead() {
		assertThat(this.mvc.get().uri("/api/v1/postings/{id}/relation", this.result).with(anonymous()))
			.as("anonymous visitor")
			.hasStatus(401);
		long draft = PostingApi.results(this.mvc).draft(this.tto, ResultRequests.aResult());
		assertThat(relation(this.stranger, draft)).as("another organisation's draft").hasStatus(404);
		assertThat(relation(this.stranger, 9_999_999)).as("a posting that does not exist").hasStatus(404);
		assertThat(relation(this.tto, draft)).as("the owner's own draft").hasStatusOk();
		Actor unverified = Organisations.memberOf(
				this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).organisationId(), false);
		assertThat(relation(unverified, this.result)).as("an unverified organisation may not act yet")
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.mayExpressInterest").isEqualTo(false);
				assertThat(json).extractingPath("$.mayOpenDeal").isEqualTo(false);
			});
		assertThat(relation(Organisations.broker(), this.result)).as("a broker acts for no organisation here")
			.bodyJson()
			.extractingPath("$.mayExpressInterest")
			.isEqualTo(false);
	}

	private MvcTestResult relation(Actor viewer) {
		return relation(viewer, this.result);
	}

	private MvcTestResult relation(Actor viewer, long posting) {
		return this.mvc.get().uri("/api/v1/postings/{id}/relation", posting).with(as(viewer)).exchange();
	}

	private static long id(MvcTestResult result) {
		assertThat(result).hasStatus(201);
		return ((Number) JsonPath.read(PostingApi.body(result), "$.id")).longValue();
	}

}
