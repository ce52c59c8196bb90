package org.hengqiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.search.Postings.aNeed;
import static org.hengqiao.search.Postings.aResult;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingStatus;
import org.hengqiao.search.Eventually;
import org.hengqiao.search.PostingSearch;
import org.hengqiao.search.Postings;
import org.hengqiao.search.SearchFilters;
import org.hengqiao.search.TestPostings;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Founded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@NotificationIntegrationTest
class AlertIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestPostings postings;

	@Autowired
	PostingSearch search;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Other test classes publish postings into the same database: subscriptions left behind would make every one of
	 * them run saved searches and rankings.
	 */
	@AfterEach
	void deleteSubscriptions() {
		this.jdbc.sql("delete from subscription").update();
	}

	static String marker() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	MockHttpSession subscribe(Fixtures.Person person, String json) {
		MockHttpSession session = this.fixtures.signIn(person);
		assertThat(this.mvc.post()
			.uri("/api/v1/subscriptions")
			.session(session)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).as("subscribing with %s", json).hasStatus(201);
		return session;
	}

	long notifications(long accountId) {
		return this.jdbc.sql("select count(*) from notification where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	PostingDocument by(Founded organisation, Postings posting) {
		return posting.by(organisation.organisationId(), "衡阳测试机构", OrganisationType.ENTERPRISE).published();
	}

	@Test
	void aFieldSubscriberIsAlertedOnceInTheAppAndByEmailAndNotAgainWhenThePostingIsEditedAndRepublished() throws Exception {
		Founded poster = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Founded subscriber = this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY);
		MockHttpSession session = subscribe(subscriber.admin(), "{\"type\":\"FIELD\",\"fieldCode\":\"MAT\"}");

		String title = "粗铟真空蒸馏提纯 " + marker();
		PostingDocument need = this.postings.save(by(poster, aNeed(title, "需要将粗铟提纯到5N以上").field("MAT.NONFERROUS")));

		Eventually.within(Duration.ofSeconds(60), "the subscriber is notified",
				() -> notifications(subscriber.admin().accountId()) == 1);
		assertThat(this.mvc.get().uri("/api/v1/notifications/unread-count").session(session))
			.bodyJson().extractingPath("$.unread").asNumber().isEqualTo(1);
		assertThat(this.mvc.get().uri("/api/v1/notifications").session(session).header("Accept-Language", "en"))
			.bodyJson().extractingPath("$.items[0].title").asString().startsWith("New need in").contains(title);
		List<MimeMessage> mails = SmtpServer.awaitMails(subscriber.admin().email(), 1);
		assertThat(mails.getFirst().getSubject()).as("the e-mail is in Chinese by default").contains(title).startsWith("【衡桥】");
		assertThat(SmtpServer.text(mails.getFirst())).contains("https://hengqiao.example.cn/needs/" + need.id());
		assertThat(SmtpServer.header(mails.getFirst(), "List-Unsubscribe"))
			.startsWith("<https://hengqiao.example.cn/api/v1/notifications/unsubscribe?token=");

		this.postings.save(Postings.changed(need, 2, title + " 修订", PostingStatus.PUBLISHED));
		this.postings.save(Postings.changed(need, 3, title + " 修订", PostingStatus.WITHDRAWN));
		PostingDocument republished = this.postings.save(Postings.changed(need, 4, title + " 再发布", PostingStatus.PUBLISHED));
		Eventually.within(Duration.ofSeconds(30), "the republished version is indexed",
				() -> this.search.matches(republished.id(), republished.kind(), 4, null, SearchFilters.none()).isPresent());
		sleep(Duration.ofSeconds(2));
		assertThat(notifications(subscriber.admin().accountId())).as("alerts after edits and republishing").isEqualTo(1);
		assertThat(SmtpServer.to(subscriber.admin().email())).as("e-mails after edits and republishing").hasSize(1);

		assertThat(this.mvc.post().uri("/api/v1/notifications/read-all").session(session).with(csrf())).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/notifications/unread-count").session(session))
			.bodyJson().extractingPath("$.unread").asNumber().isEqualTo(0);
	}

	@Test
	void subscribersAreNeverAlertedToTheirOwnOrganisationsPostings() {
		Founded own = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Founded other = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		subscribe(own.admin(), "{\"type\":\"CLUSTER\",\"cluster\":\"RAIL_TRANSIT\"}");

		this.postings.save(by(own, aNeed("自家需求 " + marker(), "轨道交通制动系统降噪").inClusters(IndustryCluster.RAIL_TRANSIT)));
		this.postings.save(by(other, aNeed("他家需求 " + marker(), "轨道交通车体轻量化").inClusters(IndustryCluster.RAIL_TRANSIT)));

		Eventually.within(Duration.ofSeconds(60), "the other organisation's need is alerted",
				() -> notifications(own.admin().accountId()) >= 1);
		sleep(Duration.ofSeconds(1));
		assertThat(this.jdbc.sql("select arguments from notification where account_id = ?")
			.param(own.admin().accountId())
			.query(String.class)
			.list()).as("alerts of the own organisation's subscriber").singleElement().asString().startsWith("他家需求");
	}

	@Test
	void aSavedSearchAlertsOnlyForPostingsItFindsOnceTheyAreIndexed() {
		Founded poster = this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY);
		Founded subscriber = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		String marker = marker();
		subscribe(subscriber.admin(),
				"{\"type\":\"SEARCH\",\"query\":\"" + marker + "\",\"filters\":\"kind=RESULT&cluster=NEW_MATERIALS\"}");

		this.postings.save(by(poster, aNeed("需求 " + marker, "不是成果").inClusters(IndustryCluster.NEW_MATERIALS)));
		this.postings.save(by(poster, aResult("成果 " + marker, "其他集群").inClusters(IndustryCluster.BIOMEDICINE)));
		PostingDocument found = this.postings.save(by(poster, aResult("高熵合金成果 " + marker, "新材料成果")
			.inClusters(IndustryCluster.NEW_MATERIALS)));

		Eventually.within(Duration.ofSeconds(60), "the saved search alerts",
				() -> notifications(subscriber.admin().accountId()) >= 1);
		sleep(Duration.ofSeconds(3));
		assertThat(this.jdbc.sql("select link from notification where account_id = ?")
			.param(subscriber.admin().accountId())
			.query(String.class)
			.list()).as("postings the saved search alerted to").containsExactly("/results/" + found.id());
	}

	@Test
	void anOrganisationFollowingMatchesForItsPostingsIsAlertedToANewNeedItsResultMatches() {
		Founded university = this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY);
		Founded enterprise = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		String marker = marker();
		PostingDocument result = this.postings.save(by(university,
				aResult("钒电池电解液制备 " + marker, "高浓度钒电解液制备与稳定技术，适用于全钒液流储能电池").keywords("钒电池", "电解液", marker)));
		Eventually.within(Duration.ofSeconds(30), "the result is indexed",
				() -> this.search.matches(result.id(), result.kind(), 1, null, SearchFilters.none()).isPresent());
		subscribe(university.admin(), "{\"type\":\"MY_POSTINGS\"}");

		PostingDocument need = this.postings.save(by(enterprise,
				aNeed("求购钒电池电解液制备技术 " + marker, "我公司建设全钒液流储能电站，需要高浓度钒电解液制备技术").keywords("钒电池", "电解液", marker)));

		Eventually.within(Duration.ofSeconds(60), "the university is alerted to the matching need",
				() -> this.jdbc.sql("select count(*) from notification where account_id = ? and link = ? and message_key = ?")
					.params(university.admin().accountId(), "/needs/" + need.id(), "notification.alert.myPostings.need")
					.query(Long.class)
					.single() == 1);
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
