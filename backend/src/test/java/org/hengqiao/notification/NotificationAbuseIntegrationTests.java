package org.hengqiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Person;
import org.hengqiao.testing.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What another signed-in person must not do to someone's notifications, subscriptions and e-mail settings: each is
 * answered as missing (or as the caller's own, empty), and the owner's state does not change.
 */
@NotificationIntegrationTest
class NotificationAbuseIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nobodyReadsOrMarksAnotherPersonsNotifications() {
		Person owner = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		MockHttpSession stranger = this.fixtures
			.signIn(this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin());
		this.transactions.executeWithoutResult((status) -> this.notifications.notifyAccounts(List.of(owner.accountId()),
				Notice.of("FOLLOW_UP_OVERDUE", "brokerage.notice.overdue", "/broker", "某需求")));
		long id = this.jdbc.sql("select id from notification where account_id = ?")
			.param(owner.accountId())
			.query(Long.class)
			.single();

		assertThat(this.mvc.post().uri("/api/v1/notifications/{id}/read", id).with(csrf()).session(stranger))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/api/v1/notifications/read-all").with(csrf()).session(stranger))
			.hasStatus2xxSuccessful();
		assertThat(this.mvc.get().uri("/api/v1/notifications").session(stranger)).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(0);

		assertThat(this.jdbc.sql("select read_at is null from notification where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void nobodyDeletesAnotherPersonsSubscription() throws Exception {
		MockHttpSession owner = this.fixtures
			.signIn(this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin());
		MockHttpSession stranger = this.fixtures
			.signIn(this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin());
		long id = Long.parseLong(this.mvc.post()
			.uri("/api/v1/subscriptions")
			.with(csrf())
			.session(owner)
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.object("type", "CLUSTER", "cluster", "NEW_MATERIALS"))
			.exchange()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\":(\\d+).*", "$1"));

		assertThat(this.mvc.delete().uri("/api/v1/subscriptions/{id}", id).with(csrf()).session(stranger))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/v1/subscriptions").session(stranger)).bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(0);
		assertThat(this.jdbc.sql("select count(*) from subscription where id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void anUnknownUnsubscribeTokenChangesNobodysSettings() {
		long before = this.jdbc.sql("select count(*) from notification_setting where email_mode = 'NONE'")
			.query(Long.class)
			.single();

		assertThat(this.mvc.get().uri("/api/v1/notifications/unsubscribe?token={token}", "not-a-real-token"))
			.hasStatus(HttpStatus.SEE_OTHER)
			.hasHeader("Location", "/unsubscribed?invalid=true");

		assertThat(this.jdbc.sql("select count(*) from notification_setting where email_mode = 'NONE'")
			.query(Long.class)
			.single()).isEqualTo(before);
	}

}
