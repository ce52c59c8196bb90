package org.hengqiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@NotificationIntegrationTest
class MailIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Notifications notifications;

	@Autowired
	DailyDigest digest;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	Person person() {
		return this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
	}

	void notify(Person person, String what) {
		this.transactions.executeWithoutResult(status -> this.notifications.notifyAccounts(List.of(person.accountId()),
				Notice.of("TEST", "notification.alert.search.need", "/needs/1", what, "关键词", "keywords")));
	}

	void chooseEmails(Person person, String mode) {
		MockHttpSession session = this.fixtures.signIn(person);
		assertThat(this.mvc.put()
			.uri("/api/v1/notifications/settings")
			.session(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"emailMode\":\"" + mode + "\"}")).hasStatusOk().bodyJson().extractingPath("$.emailMode").isEqualTo(mode);
	}

	@Test
	void notifyingAnOrganisationReachesItsActiveMembersOnlyInTheirLanguage() throws Exception {
		Fixtures.Founded organisation = this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY);
		Person member = this.fixtures.member(organisation);
		Person applicant = this.fixtures.applicant(organisation);
		MockHttpSession english = this.fixtures.signIn(member);
		assertThat(this.mvc.get().uri("/api/v1/notifications").session(english).header("Accept-Language", "en"))
			.hasStatusOk();

		this.transactions.executeWithoutResult(status -> this.notifications.notifyOrganisation(
				organisation.organisationId(),
				Notice.of("TEST", "notification.alert.myPostings.result", "/results/7", "锂电池回收")));

		assertThat(SmtpServer.awaitMails(member.email(), 1).getFirst().getSubject())
			.as("the member last used the portal in English").isEqualTo("[Hengqiao] New result matching your needs: 锂电池回收");
		assertThat(SmtpServer.awaitMails(organisation.admin().email(), 1).getFirst().getSubject())
			.startsWith("【衡桥】新成果与本机构需求匹配");
		AlertIntegrationTests.sleep(Duration.ofSeconds(1));
		assertThat(SmtpServer.to(applicant.email())).as("mails to a pending applicant").isEmpty();
		assertThat(this.mvc.get().uri("/api/v1/notifications/unread-count").session(english))
			.bodyJson().extractingPath("$.unread").asNumber().isEqualTo(1);
	}

	@Test
	void theDailyDigestSendsOneMailListingTheDaysNotificationsInsteadOfOneMailEach() throws Exception {
		Person person = person();
		chooseEmails(person, "DAILY_DIGEST");
		notify(person, "第一条");
		notify(person, "第二条");
		AlertIntegrationTests.sleep(Duration.ofSeconds(1));
		assertThat(SmtpServer.to(person.email())).as("mails before the digest").isEmpty();

		this.digest.sendDigests();

		MimeMessage mail = SmtpServer.awaitMails(person.email(), 1).getFirst();
		assertThat(mail.getSubject()).contains("2");
		assertThat(SmtpServer.text(mail)).contains("第一条", "第二条", "https://hengqiao.example.cn/needs/1");
		this.digest.sendDigests();
		AlertIntegrationTests.sleep(Duration.ofSeconds(1));
		assertThat(SmtpServer.to(person.email())).as("mails after a second digest run").hasSize(1);
	}

	@Test
	void theUnsubscribeLinkWorksWithoutSigningInAndStopsFurtherMails() throws Exception {
		Person person = person();
		notify(person, "退订前");
		MimeMessage first = SmtpServer.awaitMails(person.email(), 1).getFirst();
		String header = SmtpServer.header(first, "List-Unsubscribe");
		String link = header.substring(header.indexOf("/api/"), header.length() - 1);
		assertThat(SmtpServer.text(first)).contains(link);

		assertThat(this.mvc.get().uri(link)).hasStatus(303).hasHeader("Location", "/unsubscribed");
		assertThat(this.mvc.get().uri("/api/v1/notifications/unsubscribe?token=forged"))
			.hasHeader("Location", "/unsubscribed?invalid=true");

		notify(person, "退订后");
		AlertIntegrationTests.sleep(Duration.ofSeconds(2));
		assertThat(SmtpServer.to(person.email())).as("mails after unsubscribing").hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from notification where account_id = ?")
			.param(person.accountId())
			.query(Long.class)
			.single()).as("notifications in the portal").isEqualTo(2);
	}

	@Test
	void whileTheSmtpServerIsDownActionsSucceedAndTheMailIsSentOnceItIsBack() {
		Person person = person();
		SmtpServer.stop();
		try {
			notify(person, "服务器故障期间");
			assertThat(this.jdbc.sql("select count(*) from notification where account_id = ?")
				.param(person.accountId())
				.query(Long.class)
				.single()).as("the notification despite the outage").isEqualTo(1);
			org.hengqiao.search.Eventually.within(Duration.ofSeconds(20), "two failed attempts",
					() -> this.jdbc.sql("select attempts from outgoing_mail where account_id = ?")
						.param(person.accountId())
						.query(Integer.class)
						.single() >= 2);
		}
		finally {
			SmtpServer.restart();
		}
		SmtpServer.awaitMails(person.email(), 1);
		AlertIntegrationTests.sleep(Duration.ofSeconds(3));
		assertThat(SmtpServer.to(person.email())).as("mails after recovery").hasSize(1);
		assertThat(this.jdbc.sql("select status from outgoing_mail where account_id = ?")
			.param(person.accountId())
			.query(String.class)
			.single()).isEqualTo("SENT");
	}

}
