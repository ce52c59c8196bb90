package org.hengqiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.search.Eventually;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@NotificationIntegrationTest
class PasswordResetIntegrationTests {

	static final String NEW_PASSWORD = "Xiangjiang-river-2027";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	MvcTestResult ask(String email) {
		return this.mvc.post()
			.uri("/api/v1/password-reset")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\"}")
			.exchange();
	}

	MvcTestResult reset(String token, String password) {
		return this.mvc.post()
			.uri("/api/v1/password-reset/" + token)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\":\"" + password + "\"}")
			.exchange();
	}

	static String token(MimeMessage mail) {
		String text = SmtpServer.text(mail);
		int start = text.indexOf("/password-reset/") + "/password-reset/".length();
		int end = start;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		return text.substring(start, end);
	}

	@Test
	void aPersonResetsTheirPasswordWithTheMailedTokenOnceAndSignsInWithTheNewOne() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		assertThat(ask(person.email().toUpperCase())).hasStatus(202);
		String token = token(SmtpServer.awaitMails(person.email(), 1).getFirst());
		// The sender clears the body once the server has taken the mail, a moment after it arrives there.
		Eventually.within(Duration.ofSeconds(10), "the sent mail's body (it held the token) cleared",
				() -> this.jdbc.sql("select body from outgoing_mail where account_id = ?").param(person.accountId())
					.query(String.class).single().isEmpty());

		assertThat(reset(token, "123")).as("a password the policy refuses").hasStatus(400)
			.bodyJson().extractingPath("$.errors[0].field").isEqualTo("password");
		assertThat(reset(token, NEW_PASSWORD)).hasStatus(204);
		this.fixtures.signIn(new Person(person.accountId(), person.email(), NEW_PASSWORD));
		assertThat(reset(token, "Another-strong-pass-2028")).as("the token used a second time").hasStatus(404);
	}

	@Test
	void aResetWorksWhileUntrustedClientsAreDelayedAndEndsEverySession() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		MockHttpSession open = this.fixtures.signIn(person);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(signIn(person.email(), "a guess " + attempt)).hasStatus(401);
		}
		assertThat(signIn(person.email(), person.password())).as("an untrusted client during the delay")
			.hasStatus(429);

		assertThat(ask(person.email())).hasStatus(202);
		String token = token(SmtpServer.awaitMails(person.email(), 1).getFirst());
		assertThat(reset(token, NEW_PASSWORD)).as("the reset during the delay").hasStatus(204);

		assertThat(this.mvc.get().uri("/api/v1/session").session(open)).as("a session opened before the reset")
			.bodyJson()
			.extractingPath("$.authenticated")
			.isEqualTo(false);
		assertThat(signIn(person.email(), NEW_PASSWORD)).as("the new password from an untrusted client")
			.hasStatus(200);
	}

	MvcTestResult signIn(String email, String password) {
		return this.mvc.post()
			.uri("/api/v1/session")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
			.exchange();
	}

	@Test
	void usingOneTokenSpendsTheOthersAndAnExpiredTokenIsRefused() {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		ask(person.email());
		ask(person.email());
		List<MimeMessage> mails = SmtpServer.awaitMails(person.email(), 2);
		String first = token(mails.get(0));
		String second = token(mails.get(1));
		assertThat(reset(second, NEW_PASSWORD)).hasStatus(204);
		assertThat(reset(first, NEW_PASSWORD)).as("an older token after a reset").hasStatus(404);

		ask(person.email());
		String expiring = token(SmtpServer.awaitMails(person.email(), 3).get(2));
		this.jdbc.sql("update password_reset_token set expires_at = created_at - interval '1' minute where token_hash = ?")
			.param(PasswordResets.hash(expiring))
			.update();
		assertThat(reset(expiring, "Yet-another-pass-2029")).as("an expired token").hasStatus(404);
	}

	@Test
	void anUnknownAddressIsAnsweredLikeAKnownOneAndRequestsAreThrottledPerAddress() {
		assertThat(ask("nobody-" + System.nanoTime() + "@example.cn")).hasStatus(202);
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		for (int i = 0; i < PasswordResets.MAX_REQUESTS + 2; i++) {
			assertThat(ask(person.email())).hasStatus(202);
		}
		SmtpServer.awaitMails(person.email(), PasswordResets.MAX_REQUESTS);
		AlertIntegrationTests.sleep(Duration.ofSeconds(2));
		assertThat(SmtpServer.to(person.email())).as("mails after throttling").hasSize(PasswordResets.MAX_REQUESTS);
	}

}
