package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hengqiao.account.AccountManagement;
import org.hengqiao.account.Actor;
import org.hengqiao.need.NeedRequests;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.result.ResultRequests;
import org.hengqiao.system.BadRequests.BadRequest;
import org.hengqiao.testing.Acting;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Founded;
import org.hengqiao.testing.Fixtures.Person;
import org.hengqiao.testing.PostingApi;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input of any kind gets a 4xx problem detail, never a 5xx: every operation of the OpenAPI document, sent with
 * each of its parameters and body properties wrong in turn (see {@link BadRequests}), by a visitor, the admin of a
 * verified enterprise, an operator and a broker (so that operations only they may call judge the input too). Whether
 * anything changed is left to each module's tests; this one hunts server errors.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class BadInputFuzzIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(BadInputFuzzIntegrationTests.class);

	@Autowired
	MockMvc mvc;

	@Autowired
	MockMvcTester tester;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JsonMapper json;

	@Test
	void noBadInputToAnyOperationGetsAServerError() {
		Founded enterprise = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.verify(enterprise);
		Actor admin = actor(enterprise.admin());
		long need = PostingApi.needs(this.tester).draft(admin, NeedRequests.aNeed());
		long result = PostingApi.results(this.tester).draft(admin, ResultRequests.aResult());

		List<BadRequest> requests = new BadRequests(apiDocument(), this.json,
				(template, name) -> existing(template, name, enterprise.organisationId(), need, result),
				Map.of("NeedDraft", NeedRequests.aNeed().json(), "ResultDraft", ResultRequests.aResult().json()))
			.all();
		assertThat(requests).as("bad requests made from the OpenAPI document").hasSizeGreaterThan(1_000);

		long started = System.nanoTime();
		List<String> failures = new ArrayList<>();
		Map<String, RequestPostProcessor> callers = Map.of("a visitor", Acting.anonymous(), "an enterprise admin",
				Acting.as(admin), "an operator", Acting.as(actor(this.fixtures.operator())), "a broker",
				Acting.as(actor(this.fixtures.broker())));
		for (BadRequest request : requests) {
			callers.forEach((who, caller) -> {
				String failure = failure(request, caller, who.equals("a visitor"));
				if (failure != null) {
					failures.add(request + " by " + who + ": " + failure);
				}
			});
		}
		log.info("Sent {} bad requests ({} cases, {} callers) in {} ms", requests.size() * callers.size(),
				requests.size(), callers.size(), (System.nanoTime() - started) / 1_000_000);
		assertThat(failures).as("bad requests answered with a server error or a 4xx that is no problem detail")
			.isEmpty();
	}

	@Test
	void aPageOfNotificationsFarPastTheEndIsEmpty() {
		Founded enterprise = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Actor admin = actor(enterprise.admin());
		assertThat(this.tester.get()
			.uri("/api/v1/notifications?page={page}", Integer.MAX_VALUE)
			.with(Acting.as(admin))).as("the offset of the last possible page overflowed an int")
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
	}

	@Test
	void aModerationPageWhoseOffsetOverflowsIsABadParameter() {
		Actor operator = actor(this.fixtures.operator());
		assertThat(this.tester.get()
			.uri("/api/v1/operator/moderation?page={page}", Integer.MAX_VALUE)
			.with(Acting.as(operator))).as("the page's offset did not fit the query's int")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("page");
	}

	@Test
	void searchTextAndFilterValuesLongerThanWordsAndCodesAreBadParameters() {
		assertThat(this.tester.get().uri("/api/v1/search?q={q}", "铅锌".repeat(151)))
			.as("Elasticsearch would refuse so many terms (it answered 503 before)")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("q");
		assertThat(this.tester.get().uri("/api/v1/search?region={region}", "4".repeat(41)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("region");
		assertThat(this.tester.post()
			.uri("/api/v1/match")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"冶炼废水\",\"filters\":{\"field\":\"" + "M".repeat(41) + "\"}}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.asString()
			.endsWith("field");
	}

	private Actor actor(Person person) {
		return this.accounts.actorOf(person.accountId()).orElseThrow();
	}

	private JsonNode apiDocument() {
		return this.json.readTree(PostingApi.body(this.tester.get().uri("/v3/api-docs").exchange()));
	}

	/** Existing things the caller may act on, so that what follows the path gets judged, not only a 404. */
	private static Optional<String> existing(String template, String name, long organisation, long need,
			long result) {
		Long id = switch (name) {
			case "organisationId" -> organisation;
			case "postingId" -> need;
			case "id" -> template.startsWith("/api/v1/needs/") || template.startsWith("/api/v1/{collection}/")
					? Long.valueOf(need) : template.startsWith("/api/v1/results/") ? Long.valueOf(result) : null;
			default -> null;
		};
		if (name.equals("collection")) {
			return Optional.of("needs");
		}
		return Optional.ofNullable(id).map(String::valueOf);
	}

	/** What is wrong with the answer, or null. A request that throws out of MockMvc would be a 500 in a server. */
	private String failure(BadRequest request, RequestPostProcessor caller, boolean anonymous) {
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request.toRequest().with(caller)).andReturn().getResponse();
		}
		catch (Exception ex) {
			return "threw " + ex;
		}
		int status = response.getStatus();
		if (status >= 500) {
			return status + " " + abbreviated(response);
		}
		if (status >= 400 && (response.getContentType() == null
				|| !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(response.getContentType())))) {
			return status + " as " + response.getContentType();
		}
		if (request.refusedField() != null) {
			return refusalFailure(response, request.refusedField(), anonymous && request.method() != HttpMethod.GET);
		}
		return null;
	}

	/**
	 * Unclean or undecodable text is refused naming its field before anything else judges the request, so nothing
	 * can have been stored; only an anonymous change may be refused as anonymous first.
	 */
	private String refusalFailure(MockHttpServletResponse response, String field, boolean anonymousChange) {
		if (anonymousChange && response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			return null;
		}
		if (response.getStatus() != HttpStatus.BAD_REQUEST.value()) {
			return response.getStatus() + " instead of 400 naming " + field + ": " + abbreviated(response);
		}
		List<String> fields = new ArrayList<>();
		this.json.readTree(body(response)).path("errors").forEach(error -> fields.add(error.path("field").asString()));
		return fields.contains(field) ? null : "400 naming " + fields + " instead of " + field;
	}

	private static String abbreviated(MockHttpServletResponse response) {
		String body = body(response);
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
