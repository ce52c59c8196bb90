package org.hengqiao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Founded;
import org.hengqiao.testing.Fixtures.Person;
import org.hengqiao.testing.Json;
import org.hengqiao.testing.MovableClock;
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

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class SessionIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Test
	void visitorsAreNotAuthenticated() {
		assertThat(this.mvc.get().uri("/api/v1/session")).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.authenticated").isEqualTo(false);
			assertThat(json).extractingPath("$.displayName").isNull();
			assertThat(json).extractingPath("$.roles").asArray().isEmpty();
		});
	}

	@Test
	void signingInStartsASessionThatKnowsThePersonAndTheirOrganisation() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);

		MvcTestResult signIn = signIn(organisation.admin().email().toUpperCase(), Fixtures.PASSWORD);

		assertThat(signIn).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.authenticated").isEqualTo(true);
			assertThat(json).extractingPath("$.email").isEqualTo(organisation.admin().email());
			assertThat(json).extractingPath("$.roles").asArray().containsExactly("MEMBER", "ORG_ADMIN");
			assertThat(json).extractingPath("$.organisationId").asNumber()
				.isEqualTo((int) organisation.organisationId());
			assertThat(json).extractingPath("$.organisationName").asString().startsWith("衡阳测试机构");
			assertThat(json).extractingPath("$.organisationType").as("which posting the portal offers")
				.isEqualTo("ENTERPRISE");
			assertThat(json).extractingPath("$.organisationVerified").isEqualTo(false);
			assertThat(json).extractingPath("$.membershipStatus").isEqualTo("ACTIVE");
		});
		MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
		assertThat(this.mvc.get().uri("/api/v1/session").session(session).header("Accept-Language", "en"))
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.authenticated").isEqualTo(true);
				assertThat(json).extractingPath("$.organisationName").isEqualTo("Test organisation");
			});
	}

	@Test
	void signingInChangesTheSessionId() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		MockHttpSession before = new MockHttpSession();
		String idBefore = before.getId();

		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/session")
			.with(csrf())
			.session(before)
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.object("email", person.email(), "password", person.password()))
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getRequest().getSession(false).getId()).as("session id after signing in")
			.isNotEqualTo(idBefore);
	}

	@Test
	void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() throws Exception {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();

		MvcTestResult wrongPassword = signIn(person.email(), "not-the-password-at-all");
		MvcTestResult unknownEmail = signIn("nobody-" + person.email(), "not-the-password-at-all");

		assertThat(wrongPassword).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(unknownEmail).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(unknownEmail.getResponse().getContentAsString())
			.isEqualTo(wrongPassword.getResponse().getContentAsString());
	}

	@Test
	void signingOutEndsTheSession() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		MockHttpSession session = this.fixtures.signIn(person);

		assertThat(this.mvc.delete().uri("/api/v1/session").with(csrf()).session(session))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(session.isInvalid()).as("session invalidated").isTrue();
		assertThat(this.mvc.get().uri("/api/v1/session").session(new MockHttpSession())).bodyJson()
			.extractingPath("$.authenticated")
			.isEqualTo(false);
	}

	@Test
	void fiveFailedSignInsDelayUntrustedClientsForAMinute() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(signIn(person.email(), "wrong password " + attempt)).as("attempt %d", attempt)
				.hasStatus(HttpStatus.UNAUTHORIZED);
		}

		MvcTestResult delayed = signIn(person.email(), person.password());
		SignInThrottleIntegrationTests.assertWait(delayed, 60);
		String wait = delayed.getResponse().getHeader("Retry-After");
		assertThat(delayed).as("the right password during the delay")
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo("signInThrottled");
				assertThat(json).extractingPath("$.retryAfterSeconds").asNumber().hasToString(wait);
				assertThat(json).extractingPath("$.detail").asString().contains(wait);
			});

		this.clock.advance(Duration.ofSeconds(61));
		assertThat(signIn(person.email(), person.password())).as("after the delay").hasStatusOk();
	}

	@Test
	void aSuccessfulSignInResetsTheCount() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		for (int round = 0; round < 2; round++) {
			for (int attempt = 1; attempt <= 4; attempt++) {
				assertThat(signIn(person.email(), "wrong password")).hasStatus(HttpStatus.UNAUTHORIZED);
			}
			assertThat(signIn(person.email(), person.password())).as("round %d", round).hasStatusOk();
		}
	}

	@Test
	void concurrentGuessesCannotGetPastTheLimit() throws Exception {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		List<Callable<Integer>> guesses = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String guess = "guess number " + i;
			guesses.add(() -> signIn(person.email(), guess).getResponse().getStatus());
		}
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
			for (Future<Integer> status : pool.invokeAll(guesses)) {
				statuses.add(status.get());
			}
		}

		assertThat(statuses).as("guesses whose password was checked").filteredOn(status -> status == 401).hasSize(5);
		assertThat(statuses).filteredOn(status -> status == 429).hasSize(7);
		assertThat(signIn(person.email(), person.password())).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void failedSignInsByOthersLeaveOpenSessionsAlone() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		MockHttpSession session = this.fixtures.signIn(person);
		for (int attempt = 1; attempt <= 6; attempt++) {
			signIn(person.email(), "wrong password");
		}

		assertThat(this.mvc.get().uri("/api/v1/session").session(session)).bodyJson()
			.extractingPath("$.authenticated")
			.isEqualTo(true);
	}

	@Test
	void aDeletedAccountLosesAccessAtOnce() {
		Person person = this.fixtures.operator();
		MockHttpSession session = this.fixtures.signIn(person);

		this.jdbc.sql("delete from account where id = ?").param(person.accountId()).update();

		assertThat(this.mvc.get().uri("/api/v1/operator/verifications").session(session))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aRoleGrantedMeanwhileAppliesToTheOpenSession() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Person member = this.fixtures.member(organisation);
		MockHttpSession session = this.fixtures.signIn(member);

		this.fixtures.as(organisation.admin(),
				() -> this.accounts.grantOrgAdmin(organisation.organisationId(), member.accountId()));

		assertThat(this.mvc.get().uri("/api/v1/session").session(session)).bodyJson()
			.extractingPath("$.roles")
			.asArray()
			.containsExactly("MEMBER", "ORG_ADMIN");
	}

	@Test
	void someoneWaitingToJoinCanSignInButActsForNoOrganisation() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Person applicant = this.fixtures.applicant(organisation);

		assertThat(signIn(applicant.email(), applicant.password())).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.membershipStatus").isEqualTo("PENDING");
			assertThat(json).extractingPath("$.roles").asArray().isEmpty();
			assertThat(json).extractingPath("$.organisationId").asNumber()
				.isEqualTo((int) organisation.organisationId());
		});
		assertThat(this.accounts.actorOf(applicant.accountId())).get()
			.extracting(Actor::organisationId)
			.as("the organisation the applicant acts for")
			.isNull();
	}

	@Test
	void changingThePasswordNeedsTheCurrentOneAndFollowsThePolicy() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		MockHttpSession session = this.fixtures.signIn(person);

		assertThat(changePassword(session, "not my password", "Xiangjiang-river-2026"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("currentPassword");
		assertThat(changePassword(session, person.password(), "qwertyuiop")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("newPassword");
		assertThat(changePassword(session, person.password(), "Xiangjiang-river-2026"))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(signIn(person.email(), person.password())).as("the old password")
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(signIn(person.email(), "Xiangjiang-river-2026")).as("the new password").hasStatusOk();
		assertThat(this.jdbc.sql("select password_hash from account where id = ?")
			.param(person.accountId())
			.query(String.class)
			.single()).as("stored hash").startsWith("{argon2}$argon2id$");
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsAndKeepsThisOne() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		MockHttpSession here = this.fixtures.signIn(person);
		MockHttpSession elsewhere = this.fixtures.signIn(person);

		assertThat(changePassword(here, person.password(), "Xiangjiang-river-2026")).hasStatus(HttpStatus.NO_CONTENT);

		assertThat(this.mvc.get().uri("/api/v1/session").session(here)).as("the session that changed the password")
			.bodyJson()
			.extractingPath("$.authenticated")
			.isEqualTo(true);
		assertThat(this.mvc.get().uri("/api/v1/session").session(elsewhere)).as("another session of the person")
			.bodyJson()
			.extractingPath("$.authenticated")
			.isEqualTo(false);
		assertThat(changePassword(here, "Xiangjiang-river-2026", "Xiangjiang-river-2027"))
			.as("the kept session still acts for the person")
			.hasStatus(HttpStatus.NO_CONTENT);
	}

	@Test
	void wrongCurrentPasswordsAreDelayedWithoutEndingTheSession() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		MockHttpSession session = this.fixtures.signIn(person);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(changePassword(session, "not my password " + attempt, "Xiangjiang-river-2026"))
				.hasStatus(HttpStatus.BAD_REQUEST);
		}

		MvcTestResult delayed = changePassword(session, person.password(), "Xiangjiang-river-2026");
		assertThat(delayed).as("the right current password during the delay").hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		SignInThrottleIntegrationTests.assertWait(delayed, 60);
		assertThat(this.mvc.get().uri("/api/v1/session").session(session)).bodyJson()
			.extractingPath("$.authenticated")
			.isEqualTo(true);
		assertThat(signIn(person.email(), person.password())).as("signing in elsewhere").hasStatusOk();
	}

	@Test
	void changingThePasswordNeedsASession() {
		assertThat(changePassword(new MockHttpSession(), "whatever it was", "Xiangjiang-river-2026"))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("unauthorized");
	}

	@Test
	void theBootstrapOperatorIsCreatedOnceAndMayVerify() {
		String email = Fixtures.email();
		OperatorBootstrap bootstrap = new OperatorBootstrap(new BootstrapProperties(email, Fixtures.PASSWORD),
				this.accounts);

		bootstrap.run(null);
		bootstrap.run(null);

		assertThat(this.jdbc.sql("select count(*) from account where email = ?").param(email).query(Long.class).single())
			.isEqualTo(1);
		assertThat(signIn(email, Fixtures.PASSWORD)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.roles")
			.asArray()
			.containsExactly("OPERATOR");
	}

	@Test
	void aBootstrapOperatorWithACommonPasswordStopsTheStart() {
		OperatorBootstrap bootstrap = new OperatorBootstrap(new BootstrapProperties(Fixtures.email(), "1234567890"),
				this.accounts);

		org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(null));
	}

	@Test
	void oversizedOrMissingCredentialsAreA400NamingTheField() {
		assertThat(signIn("someone@example.cn", "x".repeat(5000))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("password");
		assertThat(this.mvc.post()
			.uri("/api/v1/session")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.object("email", "someone@example.cn")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("password");
	}

	private MvcTestResult signIn(String email, String password) {
		return this.mvc.post()
			.uri("/api/v1/session")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.object("email", email, "password", password))
			.exchange();
	}

	private MvcTestResult changePassword(MockHttpSession session, String current, String next) {
		return this.mvc.put()
			.uri("/api/v1/session/password")
			.with(csrf())
			.session(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.object("currentPassword", current, "newPassword", next))
			.exchange();
	}

}
