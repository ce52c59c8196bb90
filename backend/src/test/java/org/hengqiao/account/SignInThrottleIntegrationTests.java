package org.hengqiao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Person;
import org.hengqiao.testing.Json;
import org.hengqiao.testing.MovableClock;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Password guessing slows down per account and client without handing attackers a switch: failures from clients
 * the account has never signed in on (no valid device cookie) delay only such clients, the owner's known browser
 * keeps its own count, and nobody's failures touch a signed-in session.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class SignInThrottleIntegrationTests {

	/** Part of the portal's contract: the browser keeps this cookie across sessions. */
	static final String DEVICE_COOKIE = "HENGQIAO_DEVICE";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Test
	void aSignedInOperatorKeepsItsSessionThroughTwentyWrongPasswordsFromAnotherClient() {
		Person operator = this.fixtures.operator();
		MockHttpSession session = this.fixtures.signIn(operator);

		for (int attempt = 1; attempt <= 20; attempt++) {
			assertThat(signIn(operator.email(), "wrong password " + attempt, null).getResponse().getStatus())
				.as("attempt %d", attempt)
				.isIn(401, 429);
		}

		assertThat(this.mvc.get().uri("/api/v1/operator/verifications").session(session))
			.as("the operator's open session after others failed twenty times")
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/session").session(session)).bodyJson()
			.extractingPath("$.authenticated")
			.isEqualTo(true);
	}

	@Test
	void afterTheThresholdUntrustedClientsWaitButTheOwnerOnAKnownDeviceSignsIn() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		Cookie knownDevice = deviceCookie(signIn(person.email(), person.password(), null));

		failFiveTimes(person, null);

		MvcTestResult refused = signIn(person.email(), "yet another guess", null);
		assertThat(refused).as("an untrusted client after five failures")
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("signInThrottled");
		assertWait(refused, 60);
		MvcTestResult rightPassword = signIn(person.email(), person.password(), null);
		assertThat(rightPassword).as("the right password from an untrusted client during the delay")
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertWait(rightPassword, 60);
		assertThat(signIn(person.email(), person.password(), knownDevice))
			.as("the owner on the browser it signed in with before")
			.hasStatusOk();
	}

	@Test
	void theDeviceCookieIsHiddenFromScriptsAndSentOnlyToSignIn() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();

		MvcTestResult signIn = signIn(person.email(), person.password(), null);

		assertThat(signIn.getResponse().getHeaders("Set-Cookie")).as("the device cookie's attributes")
			.filteredOn(header -> header.startsWith(DEVICE_COOKIE + "="))
			.singleElement()
			.satisfies(header -> assertThat(header).startsWith(DEVICE_COOKIE + "=" + person.accountId() + ".")
				.contains("; Path=/api/v1/session")
				.contains("; HttpOnly")
				.contains("; SameSite=Strict")
				.contains("; Max-Age=31536000"));
	}

	@Test
	void aForgedDeviceCookieOrAnotherAccountsCountsAsUntrusted() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		Person other = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		Cookie own = deviceCookie(signIn(person.email(), person.password(), null));
		Cookie others = deviceCookie(signIn(other.email(), other.password(), null));
		String ownValue = own.getValue();
		String othersValue = others.getValue();
		Cookie tampered = new Cookie(own.getName(),
				ownValue.substring(0, ownValue.length() - 2) + (ownValue.endsWith("AA") ? "BB" : "AA"));
		Cookie relabelled = new Cookie(own.getName(),
				person.accountId() + othersValue.substring(othersValue.indexOf('.')));

		failFiveTimes(person, null);

		assertThat(signIn(person.email(), person.password(), others)).as("another account's device cookie")
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(signIn(person.email(), person.password(), relabelled))
			.as("another account's device cookie relabelled with this account's id")
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(signIn(person.email(), person.password(), tampered)).as("a device cookie with a wrong signature")
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(signIn(person.email(), person.password(), own)).as("the genuine device cookie").hasStatusOk();
	}

	@Test
	void aKnownDeviceThatFailsTooOftenIsDelayedOnItsOwn() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		Cookie device = deviceCookie(signIn(person.email(), person.password(), null));

		failFiveTimes(person, device);

		MvcTestResult delayed = signIn(person.email(), person.password(), device);
		assertThat(delayed).as("the known device after five failures").hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertWait(delayed, 60);
		assertThat(signIn(person.email(), person.password(), null))
			.as("an untrusted client: the device's failures are not its own")
			.hasStatusOk();
	}

	@Test
	void theDelayDoublesWithEachRoundOfFailures() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		for (long seconds : new long[] { 60, 120, 240, 480 }) {
			failFiveTimes(person, null);
			MvcTestResult delayed = signIn(person.email(), person.password(), null);
			assertThat(delayed).as("after a round of failures").hasStatus(HttpStatus.TOO_MANY_REQUESTS);
			assertWait(delayed, seconds);
			this.clock.advance(Duration.ofSeconds(seconds + 1));
		}
		assertThat(signIn(person.email(), person.password(), null)).as("once the last delay is over")
			.hasStatusOk();
	}

	@Test
	void failuresOnAnUnknownEmailAreDelayedLikeThoseOnAKnownOne() {
		String unknown = "nobody-" + Fixtures.email();
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		failFiveTimes(person, null);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(signIn(unknown, "a guess", null)).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		MvcTestResult known = signIn(person.email(), "a guess", null);
		MvcTestResult unknownAnswer = signIn(unknown, "a guess", null);

		assertThat(known).as("the sixth guess on a registered email").hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(unknownAnswer).as("the sixth guess on an email no account has")
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertWait(known, 60);
		assertWait(unknownAnswer, 60);
	}

	/**
	 * The answer asks to wait {@code seconds}, less the few seconds a slow machine may have taken since the wait
	 * began (the clock runs in real time between the moves a test makes).
	 */
	static void assertWait(MvcTestResult result, long seconds) {
		String header = result.getResponse().getHeader("Retry-After");
		assertThat(header).as("Retry-After").isNotNull();
		assertThat(Long.parseLong(header)).as("Retry-After in seconds").isBetween(seconds - 10, seconds);
	}

	private void failFiveTimes(Person person, @Nullable Cookie device) {
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(signIn(person.email(), "wrong password " + attempt, device)).as("failed attempt %d", attempt)
				.hasStatus(HttpStatus.UNAUTHORIZED);
		}
	}

	private MvcTestResult signIn(String email, String password, @Nullable Cookie device) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/api/v1/session")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.object("email", email, "password", password));
		if (device != null) {
			request.cookie(device);
		}
		return request.exchange();
	}

	private static Cookie deviceCookie(MvcTestResult signIn) {
		assertThat(signIn).as("signing in").hasStatusOk();
		Cookie cookie = signIn.getResponse().getCookie(DEVICE_COOKIE);
		assertThat(cookie).as("the device cookie set on signing in").isNotNull();
		return new Cookie(cookie.getName(), cookie.getValue());
	}

}
