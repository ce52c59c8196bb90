package org.hengqiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.hengqiao.testing.Files;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Founded;
import org.hengqiao.testing.Fixtures.Person;
import org.hengqiao.testing.Json;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Who may do what to an organisation. An allowed caller must get past authorisation (any status but 401 and 403:
 * some operations then refuse for the organisation's state, which other tests cover); a refused one gets 401 when
 * anonymous and 403 otherwise.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationAccessIntegrationTests {

	enum Caller {

		ANONYMOUS, MEMBER, ADMIN, ADMIN_OF_ANOTHER, BROKER, OPERATOR

	}

	enum Operation {

		READ_PROFILE(Caller.values()),
		EDIT_PROFILE(Caller.ADMIN),
		UPLOAD_LICENCE(Caller.ADMIN),
		DOWNLOAD_LICENCE(Caller.ADMIN, Caller.OPERATOR),
		READ_VERIFICATION(Caller.ADMIN, Caller.OPERATOR),
		REQUEST_VERIFICATION(Caller.ADMIN),
		READ_QUEUE(Caller.OPERATOR),
		DECIDE(Caller.OPERATOR),
		READ_HISTORY(Caller.ADMIN, Caller.OPERATOR),
		LIST_MEMBERS(Caller.ADMIN, Caller.OPERATOR),
		LIST_JOIN_REQUESTS(Caller.ADMIN, Caller.OPERATOR),
		APPROVE_JOIN_REQUEST(Caller.ADMIN),
		DECLINE_JOIN_REQUEST(Caller.ADMIN),
		GRANT_ADMIN(Caller.ADMIN),
		GRANT_BROKER(Caller.OPERATOR);

		private final Set<Caller> allowed;

		Operation(Caller... allowed) {
			this.allowed = Set.of(allowed);
		}

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	private Founded organisation;

	private Person member;

	private final Map<Caller, MockHttpSession> sessions = new EnumMap<>(Caller.class);

	@BeforeAll
	void meetTheCallers() {
		this.organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.uploadLicence(this.organisation);
		this.member = this.fixtures.member(this.organisation);
		this.sessions.put(Caller.ANONYMOUS, new MockHttpSession());
		this.sessions.put(Caller.MEMBER, this.fixtures.signIn(this.member));
		this.sessions.put(Caller.ADMIN, this.fixtures.signIn(this.organisation.admin()));
		this.sessions.put(Caller.ADMIN_OF_ANOTHER,
				this.fixtures.signIn(this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin()));
		this.sessions.put(Caller.BROKER, this.fixtures.signIn(this.fixtures.broker()));
		this.sessions.put(Caller.OPERATOR, this.fixtures.signIn(this.fixtures.operator()));
	}

	Stream<Arguments> everyCallerAndOperation() {
		return Arrays.stream(Operation.values())
			.flatMap(operation -> Arrays.stream(Caller.values()).map(caller -> Arguments.of(operation, caller)));
	}

	@ParameterizedTest(name = "{1} {0}")
	@MethodSource("everyCallerAndOperation")
	void onlyTheRightPeopleGetPastAuthorisation(Operation operation, Caller caller) {
		int status = perform(operation, this.sessions.get(caller));

		if (operation.allowed.contains(caller)) {
			assertThat(status).as("%s may %s", caller, operation).isNotIn(401, 403).isLessThan(500);
		}
		else {
			assertThat(status).as("%s may not %s", caller, operation)
				.isEqualTo(caller == Caller.ANONYMOUS ? 401 : 403);
		}
	}

	private int perform(Operation operation, MockHttpSession session) {
		String base = "/api/v1/organisations/" + this.organisation.organisationId();
		return switch (operation) {
			case READ_PROFILE -> get(base, session);
			case EDIT_PROFILE -> this.mvc.put()
				.uri(base)
				.with(csrf())
				.session(session)
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("version", currentVersion(), "nameZh", "访问矩阵机构",
						"regionCode", "430407"))
				.exchange()
				.getResponse()
				.getStatus();
			case UPLOAD_LICENCE -> this.mvc
				.perform(MockMvcRequestBuilders.multipart(HttpMethod.PUT, base + "/licence")
					.file(new MockMultipartFile("file", "licence.pdf", "application/pdf", Files.pdf()))
					.with(csrf())
					.session(session))
				.getResponse()
				.getStatus();
			case DOWNLOAD_LICENCE -> get(base + "/licence", session);
			case READ_VERIFICATION -> get(base + "/verification", session);
			case REQUEST_VERIFICATION -> post(base + "/verification-request", session);
			case READ_QUEUE -> get("/api/v1/operator/verifications", session);
			case DECIDE -> this.mvc.post()
				.uri("/api/v1/operator/verifications/" + this.organisation.organisationId())
				.with(csrf())
				.session(session)
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("decision", "REJECT", "reason", "访问矩阵测试"))
				.exchange()
				.getResponse()
				.getStatus();
			case READ_HISTORY -> get(base + "/events", session);
			case LIST_MEMBERS -> get(base + "/members", session);
			case LIST_JOIN_REQUESTS -> get(base + "/join-requests", session);
			case APPROVE_JOIN_REQUEST -> post(base + "/join-requests/" + Long.MAX_VALUE, session);
			case DECLINE_JOIN_REQUEST -> this.mvc.delete()
				.uri(base + "/join-requests/" + Long.MAX_VALUE)
				.with(csrf())
				.session(session)
				.exchange()
				.getResponse()
				.getStatus();
			case GRANT_ADMIN -> this.mvc.put()
				.uri(base + "/admins/" + this.organisation.admin().accountId())
				.with(csrf())
				.session(session)
				.exchange()
				.getResponse()
				.getStatus();
			case GRANT_BROKER -> this.mvc.put()
				.uri("/api/v1/operator/brokers/" + this.member.accountId())
				.with(csrf())
				.session(session)
				.exchange()
				.getResponse()
				.getStatus();
		};
	}

	private int get(String uri, MockHttpSession session) {
		return this.mvc.get().uri(uri).session(session).exchange().getResponse().getStatus();
	}

	private int post(String uri, MockHttpSession session) {
		return this.mvc.post().uri(uri).with(csrf()).session(session).exchange().getResponse().getStatus();
	}

	private long currentVersion() {
		return this.jdbc.sql("select version from organisation where id = ?")
			.param(this.organisation.organisationId())
			.query(Long.class)
			.single();
	}

}
