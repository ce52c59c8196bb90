package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Json;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Per-client limits with the production defaults (the build raises them for the other integration tests, which all
 * come from 127.0.0.1; see the Failsafe configuration): each client address gets so many requests, then 429 with
 * {@code Retry-After}, and the buckets live in the database, where every instance sees them.
 */
@SpringBootTest(properties = {
		"hengqiao.limits.sign-in.requests=" + ClientLimitProperties.SIGN_IN_REQUESTS,
		"hengqiao.limits.registration.requests=" + ClientLimitProperties.REGISTRATION_REQUESTS,
		"hengqiao.limits.password-reset.requests=" + ClientLimitProperties.PASSWORD_RESET_REQUESTS,
		"hengqiao.limits.anonymous-match.requests=" + ClientLimitProperties.ANONYMOUS_MATCH_REQUESTS })
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class ClientLimitsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ClientLimitProperties limits;

	@Test
	void registrationsPerClientAreLimitedAndTheBucketLivesInTheDatabase() {
		String client = anAddress();
		assertTooMany(exhaust(ClientLimitProperties.REGISTRATION_REQUESTS, HttpStatus.BAD_REQUEST,
				() -> post("/api/v1/registrations", "{}", client)), "the registration over the limit");
		assertThat(post("/api/v1/registrations", "{}", anAddress())).as("another client")
			.hasStatus(HttpStatus.BAD_REQUEST);

		assertThat(this.jdbc.sql("select count(*) from client_limit_bucket where id = ?")
			.param(LimitedAction.REGISTRATION.key(client))
			.query(Long.class)
			.single()).as("bucket rows of the client").isEqualTo(1);
		ClientLimits anotherInstance = new ClientLimits(this.dataSource, this.limits);
		assertThat(anotherInstance.take(LimitedAction.REGISTRATION, client))
			.as("what a second instance on the same database decides for the client")
			.isPresent();
	}

	@Test
	void passwordResetRequestsPerClientAreLimited() {
		String client = anAddress();
		assertTooMany(exhaust(ClientLimitProperties.PASSWORD_RESET_REQUESTS, HttpStatus.ACCEPTED,
				() -> post("/api/v1/password-reset", Json.object("email", Fixtures.email()), client)),
				"the reset request over the limit");
	}

	@Test
	void signInsPerClientAreLimitedWhateverTheEmail() {
		String client = anAddress();
		assertTooMany(exhaust(ClientLimitProperties.SIGN_IN_REQUESTS, HttpStatus.UNAUTHORIZED,
				() -> post("/api/v1/session", Json.object("email", Fixtures.email(), "password", "x"), client)),
				"the sign-in over the limit");
	}

	@Test
	void anonymousMatchingPerClientIsLimitedButSignedInMatchingIsNot() {
		String client = anAddress();
		assertTooMany(exhaust(ClientLimitProperties.ANONYMOUS_MATCH_REQUESTS, HttpStatus.BAD_REQUEST,
				() -> post("/api/v1/match", "{}", client)), "the anonymous match over the limit");
		MockHttpSession session = this.fixtures
			.signIn(this.fixtures.registerOrganisation(org.hengqiao.organisation.OrganisationType.ENTERPRISE).admin());
		assertThat(this.mvc.post()
			.uri("/api/v1/match")
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(client);
				return request;
			})
			.session(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).as("a signed-in member from the same address").hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theLimitIsAnsweredInTheCallersLanguage() {
		String client = anAddress();
		exhaust(ClientLimitProperties.REGISTRATION_REQUESTS, HttpStatus.BAD_REQUEST,
				() -> post("/api/v1/registrations", "{}", client));

		assertThat(this.mvc.post()
			.uri("/api/v1/registrations")
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(client);
				return request;
			})
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Too many requests");
	}

	/**
	 * Sends requests until one is refused: the first {@code limit} must all go through, and the refusal must come
	 * soon after (the bucket refills evenly, so a slow test machine gets a few more in meanwhile).
	 * @return the refused request
	 */
	private static MvcTestResult exhaust(int limit, HttpStatus allowed, Supplier<MvcTestResult> request) {
		for (int sent = 1; sent <= 2 * limit; sent++) {
			MvcTestResult result = request.get();
			if (result.getResponse().getStatus() == HttpStatus.TOO_MANY_REQUESTS.value()) {
				assertThat(sent).as("requests sent when the first was refused").isGreaterThan(limit);
				return result;
			}
			assertThat(result).as("request %d", sent).hasStatus(allowed);
		}
		throw new AssertionError("No request refused among " + 2 * limit + " with a limit of " + limit);
	}

	private void assertTooMany(MvcTestResult result, String what) {
		assertThat(result).as(what).hasStatus(HttpStatus.TOO_MANY_REQUESTS).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.code").isEqualTo("tooManyRequests");
			assertThat(json).extractingPath("$.retryAfterSeconds").asNumber().isNotEqualTo(0);
		});
		assertThat(Long.parseLong(result.getResponse().getHeader("Retry-After"))).as("Retry-After of %s", what)
			.isPositive();
	}

	private MvcTestResult post(String path, String body, String client) {
		return this.mvc.post()
			.uri(path)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(client);
				return request;
			})
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	/** A client address of its own for each test and run, as the buckets outlive the test run. */
	private static String anAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
