package org.hengqiao.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.testing.Acting.as;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.result.ResultRequests;
import org.hengqiao.search.Eventually;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Each side hears in its notification centre what the other did: interest received, interest accepted, a message;
 * and the TTO workbench counts the interest received.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class ConnectNoticesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void eachSideIsToldWhatTheOtherDid() throws UnsupportedEncodingException {
		Fixtures.Founded university = this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY);
		Fixtures.Founded enterprise = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.verify(university);
		this.fixtures.verify(enterprise);
		Actor tto = Organisations.adminOf(university.organisationId(), true);
		Actor engineer = Organisations.memberOf(enterprise.organisationId(), true);
		long result = PostingApi.results(this.mvc).published(tto, Organisations.operator(), ResultRequests.aResult());

		long interest = id(this.mvc.post()
			.uri("/api/v1/interests")
			.with(as(engineer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"postingId\":" + result + ",\"message\":\"想了解该成果的中试条件\"}")
			.exchange());
		Eventually.within(Duration.ofSeconds(20), "the university hears of the interest",
				() -> keys(university.admin()).contains("connect.notice.interest"));
		assertThat(this.mvc.get().uri("/api/v1/results/demand?ids=" + result).with(as(tto)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].interestReceived")
			.isEqualTo(1);

		long conversation = ((Number) JsonPath.read(this.mvc.post()
			.uri("/api/v1/interests/" + interest + "/acceptance")
			.with(as(tto))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.conversationId")).longValue();
		Eventually.within(Duration.ofSeconds(20), "the enterprise hears it was accepted",
				() -> keys(enterprise.admin()).contains("connect.notice.accepted"));

		assertThat(this.mvc.post()
			.uri("/api/v1/conversations/" + conversation + "/messages")
			.with(as(tto))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"欢迎来校参观中试线\"}")).hasStatus2xxSuccessful();
		Eventually.within(Duration.ofSeconds(20), "the enterprise hears of the message",
				() -> keys(enterprise.admin()).contains("connect.notice.message"));
		assertThat(keys(university.admin())).as("the sender's side is not told of its own message")
			.doesNotContain("connect.notice.message");

		// The deal the conversation heads for links to it; a conversation of other organisations cannot be linked.
		assertThat(this.mvc.post()
			.uri("/api/v1/deals")
			.with(as(engineer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"resultId\":" + result + ",\"counterpartOrganisationId\":" + enterprise.organisationId()
					+ ",\"conversationId\":" + (conversation + 100_000) + "}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("conversationId");
		assertThat(this.mvc.post()
			.uri("/api/v1/deals")
			.with(as(engineer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"resultId\":" + result + ",\"counterpartOrganisationId\":" + enterprise.organisationId()
					+ ",\"conversationId\":" + conversation + "}"))
			.hasStatus(201)
			.bodyJson()
			.extractingPath("$.conversationId")
			.isEqualTo((int) conversation);
	}

	private static long id(MvcTestResult result) {
		try {
			assertThat(result).hasStatus(201);
			return ((Number) JsonPath.read(
					result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id"))
				.longValue();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> keys(Fixtures.Person person) {
		return this.jdbc.sql("select message_key from notification where account_id = :id")
			.param("id", person.accountId())
			.query(String.class)
			.list();
	}

}
