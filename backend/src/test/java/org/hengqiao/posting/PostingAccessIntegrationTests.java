package org.hengqiao.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.testing.Acting.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.hengqiao.account.Actor;
import org.hengqiao.need.NeedRequests;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.result.ResultRequests;
import org.hengqiao.testing.Acting;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.JsonBody;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may do what, for every kind of caller: the rules are enforced in the services, so each cell is a real
 * request. A posting others may not see answers 404, an action their role does not allow 403, and a visitor who
 * must sign in 401.
 */
@HengqiaoIntegrationTest
class PostingAccessIntegrationTests {

	enum Who {

		ANONYMOUS, MEMBER, ADMIN, OTHER_MEMBER, BROKER, OPERATOR,

		/** The admin of another organisation that is not verified (yet). */
		UNVERIFIED,

		/** Someone who asked to join the owner's organisation and waits: they act for no organisation. */
		PENDING

	}

	/** Expected outcome per caller, in the order of {@link Who}. */
	static Stream<Arguments> matrix() {
		List<Arguments> cells = new ArrayList<>();
		for (String kind : List.of("needs", "results")) {
			add(cells, kind, "create", "401", "201", "201", "201", "403", "403", "201", "403");
			add(cells, kind, "read draft", "404", "200", "200", "404", "404", "200", "404", "404");
			add(cells, kind, "read submitted", "404", "200", "200", "404", "404", "200", "404", "404");
			add(cells, kind, "read published", "200", "200", "200", "200", "200", "200", "200", "200");
			add(cells, kind, "list mine", "401", "200", "200", "200", "403", "403", "200", "403");
			add(cells, kind, "edit draft", "401", "200", "200", "404", "404", "403", "404", "404");
			add(cells, kind, "edit published", "401", "200", "200", "403", "403", "403", "403", "403");
			add(cells, kind, "submit", "401", "200", "200", "404", "404", "403", "404", "404");
			add(cells, kind, "approve", "401", "403", "403", "404", "404", "200", "404", "404");
			add(cells, kind, "reject", "401", "403", "403", "404", "404", "200", "404", "404");
			add(cells, kind, "withdraw", "401", "200", "200", "403", "403", "403", "403", "403");
			add(cells, kind, "negotiate", "401", "200", "200", "403", "403", "403", "403", "403");
			add(cells, kind, "close", "401", "200", "200", "403", "403", "403", "403", "403");
			add(cells, kind, "contact PUBLIC", "shown", "shown", "shown", "shown", "shown", "shown", "shown", "shown");
			add(cells, kind, "contact VERIFIED_ORGANISATIONS", "hidden", "shown", "shown", "shown", "shown", "shown", "hidden", "hidden");
			add(cells, kind, "contact BROKERS_ONLY", "hidden", "shown", "shown", "hidden", "shown", "shown", "hidden", "hidden");
			add(cells, kind, "download attachment PUBLIC", "200", "200", "200", "200", "200", "200", "200", "200");
			add(cells, kind, "download attachment BROKERS_ONLY", "401", "200", "200", "403", "200", "200", "403", "403");
			add(cells, kind, "download attachment of a draft", "404", "200", "200", "404", "404", "200", "404", "404");
			add(cells, kind, "audit log", "401", "403", "403", "403", "403", "200", "403", "403");
			add(cells, kind, "moderation queue", "401", "403", "403", "403", "403", "200", "403", "403");
		}
		return cells.stream();
	}

	private static void add(List<Arguments> cells, String kind, String operation, String... expected) {
		for (Who who : Who.values()) {
			cells.add(Arguments.of(kind, operation, who, expected[who.ordinal()]));
		}
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	Actor member;

	Actor admin;

	Actor otherMember;

	Actor broker;

	Actor operator;

	Actor unverified;

	Actor pending;

	@BeforeEach
	void setUp() {
		Organisations organisations = new Organisations(this.jdbc);
		long owner = organisations.verified(OrganisationType.UNIVERSITY, "衡阳师范学院");
		long other = organisations.verified(OrganisationType.ENTERPRISE, "衡阳某机械公司");
		this.member = Organisations.memberOf(owner, true);
		this.admin = Organisations.adminOf(owner, true);
		this.otherMember = Organisations.memberOf(other, true);
		this.broker = Organisations.broker();
		this.operator = Organisations.operator();
		this.unverified = Organisations.adminOf(organisations.unverified(OrganisationType.ENTERPRISE, "衡阳新注册公司"),
				false);
		this.pending = Organisations.applicant();
	}

	@ParameterizedTest(name = "{0}: {2} → {1} = {3}")
	@MethodSource("matrix")
	void enforcesTheAccessRules(String kind, String operation, Who who, String expected) {
		PostingApi api = "needs".equals(kind) ? PostingApi.needs(this.mvc) : PostingApi.results(this.mvc);
		Supplier<JsonBody<?>> body = "needs".equals(kind) ? NeedRequests::aNeed : ResultRequests::aResult;
		RequestPostProcessor caller = caller(who);

		String actual = switch (operation) {
			case "create" -> status(api.create(caller, body.get()));
			case "read draft" -> status(api.get(caller, api.draft(this.member, body.get())));
			case "read submitted" -> status(api.get(caller, api.submitted(this.member, body.get())));
			case "read published" -> status(api.get(caller, published(api, body.get())));
			case "list mine" -> status(this.mvc.get().uri("/api/v1/" + api.collection() + "?mine=true").with(caller).exchange());
			case "edit draft" -> status(api.update(caller, api.draft(this.member, body.get()),
					body.get().with("title", "改过的标题").with("version", 0)));
			case "edit published" -> {
				long id = published(api, body.get());
				yield status(api.update(caller, id, body.get().with("title", "改过的标题").with("version", 2)));
			}
			case "submit" -> status(api.transition(caller, api.draft(this.member, body.get()), "submission"));
			case "approve" -> status(api.transition(caller, api.submitted(this.member, body.get()), "approval"));
			case "reject" -> status(api.transition(caller, api.submitted(this.member, body.get()), "rejection",
					Map.of("reason", "不完整")));
			case "withdraw" -> status(api.transition(caller, published(api, body.get()), "withdrawal"));
			case "negotiate" -> status(api.transition(caller, published(api, body.get()), "negotiation"));
			case "close" -> status(api.transition(caller, published(api, body.get()), "closure",
					Map.of("outcome", "MATCHED")));
			case "contact PUBLIC", "contact VERIFIED_ORGANISATIONS", "contact BROKERS_ONLY" -> {
				String visibility = operation.substring("contact ".length());
				long id = published(api, body.get().with("contactVisibility", visibility));
				yield contact(api.get(caller, id), visibility);
			}
			case "download attachment PUBLIC", "download attachment BROKERS_ONLY" -> {
				String visibility = operation.substring("download attachment ".length());
				long id = api.draft(this.member, body.get().with("contactVisibility", visibility));
				long attachment = attach(api, id);
				api.transition(as(this.member), id, "submission");
				api.transition(as(this.operator), id, "approval");
				yield download(api, id, attachment, caller);
			}
			case "download attachment of a draft" -> {
				long id = api.draft(this.member, body.get());
				yield download(api, id, attach(api, id), caller);
			}
			case "audit log" -> status(this.mvc.get().uri("/api/v1/operator/audit").with(caller).exchange());
			case "moderation queue" -> status(this.mvc.get().uri("/api/v1/operator/moderation").with(caller).exchange());
			default -> throw new IllegalArgumentException(operation);
		};

		assertThat(actual).as("%s %s as %s", operation, kind, who).isEqualTo(expected);
	}

	private long attach(PostingApi api, long id) {
		MvcTestResult added = this.mvc.post()
			.uri("/api/v1/" + api.collection() + "/" + id + "/attachments")
			.multipart()
			.file(new org.springframework.mock.web.MockMultipartFile("file", "说明.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
			.with(as(this.member))
			.exchange();
		assertThat(added).hasStatus(201);
		return ((Number) com.jayway.jsonpath.JsonPath.read(PostingApi.body(added), "$.id")).longValue();
	}

	private String download(PostingApi api, long id, long attachment, RequestPostProcessor caller) {
		return status(this.mvc.get()
			.uri("/api/v1/" + api.collection() + "/" + id + "/attachments/" + attachment)
			.with(caller)
			.exchange());
	}

	private long published(PostingApi api, JsonBody<?> body) {
		return api.published(this.member, this.operator, body);
	}

	private RequestPostProcessor caller(Who who) {
		return switch (who) {
			case ANONYMOUS -> Acting.anonymous();
			case MEMBER -> as(this.member);
			case ADMIN -> as(this.admin);
			case OTHER_MEMBER -> as(this.otherMember);
			case BROKER -> as(this.broker);
			case OPERATOR -> as(this.operator);
			case UNVERIFIED -> as(this.unverified);
			case PENDING -> as(this.pending);
		};
	}

	private static String status(MvcTestResult result) {
		return String.valueOf(result.getResponse().getStatus());
	}

	private static String contact(MvcTestResult result, String visibility) {
		assertThat(result).hasStatusOk();
		String body = PostingApi.body(result);
		boolean shown = com.jayway.jsonpath.JsonPath.read(body, "$.contact") != null;
		if (!shown) {
			assertThat((String) com.jayway.jsonpath.JsonPath.read(body, "$.contactRestricted"))
				.as("says why it is hidden")
				.isEqualTo(visibility);
		}
		return shown ? "shown" : "hidden";
	}

}
