package org.hengqiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.testing.Acting.as;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.hengqiao.account.Actor;
import org.hengqiao.brokerage.AssignmentManagement;
import org.hengqiao.brokerage.AssignmentRequest;
import org.hengqiao.brokerage.SubjectType;
import org.hengqiao.need.NeedRequests;
import org.hengqiao.organisation.OrganisationManagement;
import org.hengqiao.organisation.OrganisationType;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every decision about an organisation's things reaches its members, in their language, naming the organisation
 * and the posting (never an id): verification rejected (with the reason) and granted, a posting rejected (with the
 * reason) and approved, a broker assigned to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class DecisionNoticesIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	AssignmentManagement assignments;

	@Test
	void membersHearTheirOrganisationRejectedWithTheReasonThenVerified() {
		Fixtures.Founded enterprise = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.requestVerification(enterprise);
		long id = enterprise.organisationId();
		String name = this.jdbc.sql("select name_zh from organisation where id = ?").param(id).query(String.class).single();
		Fixtures.Person operator = this.fixtures.operator();
		this.fixtures.as(operator, () -> this.organisations.reject(id, "执照照片模糊"));
		MockHttpSession admin = this.fixtures.signIn(enterprise.admin());

		Eventually.within(WAIT, "the admin hears of the rejection",
				() -> texts(admin, "zh-CN").stream().anyMatch(text -> text.contains("执照照片模糊")));
		assertThat(texts(admin, "zh-CN")).as("the rejection names the organisation")
			.anyMatch(text -> text.contains(name) && text.contains("未通过"));
		assertThat(texts(admin, "en")).as("and reads in English for an English reader")
			.anyMatch(text -> text.startsWith("Organisation verification rejected"));

		this.fixtures.requestVerification(enterprise);
		this.fixtures.as(operator, () -> this.organisations.approve(id));
		Eventually.within(WAIT, "the admin hears the organisation is verified",
				() -> texts(admin, "zh-CN").stream().anyMatch(text -> text.contains("机构认证已通过：" + name)));
		assertThat(texts(admin, "zh-CN")).as("no notice shows the organisation's id")
			.noneMatch(text -> text.contains("#" + id) || text.contains("编号"));
	}

	@Test
	void ownersHearTheirPostingRejectedWithTheReasonApprovedAndGivenABroker() {
		Fixtures.Founded enterprise = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.verify(enterprise);
		Actor member = Organisations.memberOf(enterprise.organisationId(), true);
		Actor operator = Organisations.operator();
		PostingApi needs = PostingApi.needs(this.mvc);
		String title = "含铀废水深度处理工艺";
		long need = needs.submitted(member, NeedRequests.aNeed().titled(title));
		assertThat(needs.transition(as(operator), need, "rejection", Map.of("reason", "缺少技术指标")))
			.hasStatusOk();
		MockHttpSession admin = this.fixtures.signIn(enterprise.admin());
		Eventually.within(WAIT, "the owner hears of the rejection", () -> texts(admin, "zh-CN").stream()
			.anyMatch(text -> text.contains("需求未通过审核：" + title) && text.contains("缺少技术指标")));
		assertThat(links(admin)).as("the rejection opens the editor").contains("/needs/" + need + "/edit");

		assertThat(needs.transition(as(member), need, "submission")).hasStatusOk();
		assertThat(needs.transition(as(operator), need, "approval")).hasStatusOk();
		Eventually.within(WAIT, "the owner hears of the approval",
				() -> texts(admin, "en").stream().anyMatch(text -> text.contains("Need approved: " + title)));

		Fixtures.Person broker = this.fixtures.broker();
		this.fixtures.as(this.fixtures.operator(),
				() -> this.assignments.assign(new AssignmentRequest(broker.accountId(), SubjectType.NEED, need)));
		Eventually.within(WAIT, "the owner hears a broker works on the need",
				() -> texts(admin, "zh-CN").stream().anyMatch(text -> text.contains("技术经纪人开始跟进：" + title)));
		MockHttpSession brokerSession = this.fixtures.signIn(broker);
		Eventually.within(WAIT, "the broker hears of the assignment",
				() -> texts(brokerSession, "zh-CN").stream().anyMatch(text -> text.contains("您被指派跟进：" + title)));
		assertThat(texts(admin, "zh-CN")).as("no notice shows an id").noneMatch(text -> text.contains("#"));
	}

	/** Each notification's title and body, as the portal shows them in that language. */
	private List<String> texts(MockHttpSession session, String language) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/notifications?size=100")
			.session(session)
			.header("Accept-Language", language)
			.exchange();
		assertThat(result).hasStatusOk();
		List<String> titles = JsonPath.read(PostingApi.body(result), "$.items[*].title");
		List<String> bodies = JsonPath.read(PostingApi.body(result), "$.items[*].body");
		return java.util.stream.IntStream.range(0, titles.size())
			.mapToObj(i -> titles.get(i) + "\n" + bodies.get(i))
			.toList();
	}

	private List<String> links(MockHttpSession session) {
		return JsonPath.read(PostingApi.body(this.mvc.get().uri("/api/v1/notifications?size=100").session(session)
			.exchange()), "$.items[*].link");
	}

}
