package org.hengqiao.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hengqiao.testing.Acting.as;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.result.ResultRequests;
import org.hengqiao.testing.Acting;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.JsonBody;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * From an expression of interest to the confidential details: interest, acceptance, conversation, messages, read
 * receipts, NDA; and every refusal on the way, through the REST API against the real database.
 */
@HengqiaoIntegrationTest
@RecordApplicationEvents
class ConnectIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Interests interests;

	@Autowired
	Actors actors;

	@Autowired
	ApplicationEvents events;

	PostingApi results;

	Actor tto;

	Actor enterprise;

	Actor stranger;

	Actor unverified;

	Actor operator;

	long result;

	@BeforeEach
	void setUp() {
		Organisations organisations = new Organisations(this.jdbc);
		long university = organisations.verified(OrganisationType.UNIVERSITY, "南华大学技术转移中心");
		long company = organisations.verified(OrganisationType.ENTERPRISE, "衡阳某装备公司");
		this.tto = Organisations.memberOf(university, true);
		this.enterprise = Organisations.memberOf(company, true);
		this.stranger = Organisations.memberOf(organisations.verified(OrganisationType.ENTERPRISE, "衡阳另一公司"), true);
		this.unverified = Organisations.memberOf(organisations.unverified(OrganisationType.ENTERPRISE, "未认证公司"),
				false);
		this.operator = Organisations.operator();
		this.results = PostingApi.results(this.mvc);
		this.result = this.results.published(this.tto, this.operator,
				ResultRequests.aResult().with("contactVisibility", "BROKERS_ONLY"));
	}

	@Test
	void carriesAnInterestThroughToTheConfidentialDetails() {
		assertThat(contactOf(this.enterprise)).as("contact before acceptance").isNull();
		assertThat(this.mvc.put()
			.uri("/api/v1/results/" + this.result + "/confidential-details")
			.with(as(this.tto))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"烧结温度 1350 ℃，保温 2 小时\"}")
			.exchange()).hasStatusOk();
		assertThat(read(this.results.get(as(this.enterprise), this.result), "$.confidentialDetails"))
			.as("confidential details in the public view")
			.isNull();
		assertThat(read(this.results.get(as(this.tto), this.result), "$.confidentialDetails")).as("owner's view")
			.isEqualTo("烧结温度 1350 ℃，保温 2 小时");
		MvcTestResult nda = this.mvc.put()
			.uri("/api/v1/postings/" + this.result + "/nda")
			.multipart()
			.file(new MockMultipartFile("file", "保密协议.pdf", "application/pdf", PDF))
			.with(as(this.tto))
			.exchange();
		assertThat(nda).as("attaching the NDA").hasStatusOk();
		String ndaSha = read(nda, "$.sha256");

		MvcTestResult expressed = express(this.enterprise, this.result, "我们希望把该成果用于生产线改造");
		assertThat(expressed).as("expressing interest").hasStatus(201);
		long interest = id(expressed);
		assertThat(read(expressed, "$.status")).isEqualTo("PENDING");
		assertThat(this.events.stream(InterestExpressed.class)).as("InterestExpressed events")
			.anyMatch(event -> event.interestId() == interest && event.postingId() == this.result);

		assertThat(list(this.enterprise, "sent", null)).as("sent box").contains(interest);
		assertThat(list(this.tto, "received", "PENDING")).as("received pending").contains(interest);
		assertThat(list(this.tto, "received", "ACCEPTED")).as("received accepted before answering")
			.doesNotContain(interest);
		assertThat(answer(this.enterprise, interest, "acceptance")).as("the interested side accepting")
			.hasStatus(403);

		MvcTestResult accepted = answer(this.tto, interest, "acceptance");
		assertThat(accepted).as("accepting").hasStatusOk();
		assertThat(read(accepted, "$.status")).isEqualTo("ACCEPTED");
		long conversation = ((Number) JsonPath.read(PostingApi.body(accepted), "$.conversationId")).longValue();
		assertThat(this.events.stream(InterestAnswered.class)).as("InterestAnswered events")
			.anyMatch(event -> event.interestId() == interest && event.accepted()
					&& event.conversationId() == conversation);
		assertThat(answer(this.tto, interest, "acceptance")).as("accepting twice").hasStatus(409);
		assertThat(answer(this.tto, interest, "decline")).as("declining an accepted interest").hasStatus(409);
		assertThat(contactOf(this.enterprise)).as("contact after acceptance").isNotNull();
		assertThat(contactOf(this.stranger)).as("contact for an organisation without an interest").isNull();

		for (Actor outsider : List.of(this.stranger, this.operator, Organisations.broker())) {
			assertThat(this.mvc.get().uri("/api/v1/conversations/" + conversation).with(as(outsider)).exchange())
				.as("%s reading the conversation", outsider.displayName())
				.hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/api/v1/conversations/" + conversation).exchange()).as("a visitor")
			.hasStatus(401);

		MvcTestResult hello = this.mvc.post()
			.uri("/api/v1/conversations/" + conversation + "/messages")
			.with(as(this.enterprise))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"您好，想了解中试数据\"}")
			.exchange();
		assertThat(hello).as("the enterprise's message").hasStatus(201);
		MvcTestResult reply = this.mvc.post()
			.uri("/api/v1/conversations/" + conversation + "/messages")
			.multipart()
			.file(new MockMultipartFile("files", "中试报告.pdf", "application/pdf", PDF))
			.param("text", "附上中试报告")
			.with(as(this.tto))
			.exchange();
		assertThat(reply).as("the TTO's reply with a file").hasStatus(201);
		long file = ((Number) JsonPath.read(PostingApi.body(reply), "$.attachments[0].id")).longValue();
		assertThat(this.events.stream(MessagePosted.class)).as("MessagePosted events")
			.anyMatch(event -> event.conversationId() == conversation
					&& event.recipientOrganisationId() == this.enterprise.organisationId());

		MvcTestResult inbox = this.mvc.get().uri("/api/v1/conversations").with(as(this.enterprise)).exchange();
		assertThat(((Number) JsonPath.read(PostingApi.body(inbox), "$.unread")).longValue())
			.as("unread before reading")
			.isEqualTo(1);
		assertThat(readByOther(this.tto, conversation)).as("TTO's reply read by the enterprise before reading")
			.containsExactly(true, false);
		assertThat(this.mvc.post().uri("/api/v1/conversations/" + conversation + "/read").with(as(this.enterprise))
			.exchange()).hasStatus(204);
		inbox = this.mvc.get().uri("/api/v1/conversations").with(as(this.enterprise)).exchange();
		assertThat(((Number) JsonPath.read(PostingApi.body(inbox), "$.unread")).longValue()).as("unread after reading")
			.isEqualTo(0);
		assertThat(readByOther(this.tto, conversation)).as("read receipts after reading").containsExactly(true, true);
		assertThat(this.mvc.get()
			.uri("/api/v1/conversations/" + conversation + "/attachments/" + file)
			.with(as(this.enterprise))
			.exchange()).as("downloading the file").hasStatusOk();
		assertThat(this.mvc.get()
			.uri("/api/v1/conversations/" + conversation + "/attachments/" + file)
			.with(as(this.stranger))
			.exchange()).as("a stranger downloading the file").hasStatus(404);

		MvcTestResult view = this.mvc.get().uri("/api/v1/conversations/" + conversation).with(as(this.enterprise))
			.exchange();
		assertThat((Boolean) JsonPath.read(PostingApi.body(view), "$.nda.acceptanceRequired")).isTrue();
		assertThat(read(view, "$.confidential.text")).as("confidential details before the NDA").isNull();
		assertThat(this.mvc.get()
			.uri("/api/v1/conversations/" + conversation + "/confidential-details")
			.with(as(this.enterprise))
			.exchange()).as("confidential details before the NDA").hasStatus(403);
		assertThat(this.mvc.post().uri("/api/v1/conversations/" + conversation + "/nda/acceptance").with(as(this.tto))
			.exchange()).as("the owner accepting its own NDA").hasStatus(403);

		MvcTestResult ndaAccepted = this.mvc.post()
			.uri("/api/v1/conversations/" + conversation + "/nda/acceptance")
			.with(as(this.enterprise))
			.exchange();
		assertThat(ndaAccepted).as("accepting the NDA").hasStatusOk();
		assertThat(read(ndaAccepted, "$.acceptances[0].sha256")).isEqualTo(ndaSha);
		assertThat(this.events.stream(NdaAccepted.class)).as("NdaAccepted events")
			.anyMatch(event -> event.conversationId() == conversation && event.sha256().equals(ndaSha));
		assertThat(read(this.mvc.get()
			.uri("/api/v1/conversations/" + conversation + "/confidential-details")
			.with(as(this.enterprise))
			.exchange(), "$.text")).as("confidential details after the NDA").isEqualTo("烧结温度 1350 ℃，保温 2 小时");
		MvcTestResult ownerView = this.mvc.get().uri("/api/v1/conversations/" + conversation).with(as(this.tto))
			.exchange();
		assertThat(read(ownerView, "$.nda.acceptances[0].organisation.name")).as("acceptance listed to the owner")
			.isEqualTo("衡阳某装备公司");

		assertThat(this.jdbc.sql("select action from connect_audit where conversation_id = :c order by id")
			.param("c", conversation)
			.query(String.class)
			.list()).as("audited decisions").containsExactly("INTEREST_ACCEPTED", "NDA_ACCEPTED");
	}

	@Test
	void refusesInterestsThatBreakTheRules() {
		assertThat(express(this.unverified, this.result, "想合作")).as("an unverified organisation").hasStatus(403);
		assertThat(express(this.tto, this.result, "想合作")).as("the owner's own posting").hasStatus(403);
		assertThat(express(this.enterprise, this.result, " ")).as("a blank message").hasStatus(400);
		assertThat(express(this.enterprise, this.result, "长".repeat(1001))).as("a long message").hasStatus(400);
		assertThat(this.mvc.post().uri("/api/v1/interests").contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(Map.of("postingId", this.result, "message", "想合作")))
			.with(Acting.anonymous())
			.exchange()).as("a visitor").hasStatus(401);
		long draft = this.results.draft(this.tto, ResultRequests.aResult());
		assertThat(express(this.enterprise, draft, "想合作")).as("a draft").hasStatus(404);

		long interest = id(express(this.enterprise, this.result, "想合作"));
		assertThat(express(this.enterprise, this.result, "再来一次")).as("a second open interest").hasStatus(409);
		assertThat(answer(this.stranger, interest, "acceptance")).as("a stranger answering").hasStatus(404);

		MvcTestResult withdrawn = answer(this.enterprise, interest, "withdrawal");
		assertThat(read(withdrawn, "$.status")).isEqualTo("WITHDRAWN");
		assertThat(answer(this.tto, interest, "acceptance")).as("accepting a withdrawn interest").hasStatus(409);

		long again = id(express(this.enterprise, this.result, "重新表达意向"));
		MvcTestResult declined = this.mvc.post()
			.uri("/api/v1/interests/" + again + "/decline")
			.with(as(this.tto))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"已与他方合作\"}")
			.exchange();
		assertThat(read(declined, "$.status")).isEqualTo("DECLINED");
		assertThat(read(declined, "$.declineReason")).isEqualTo("已与他方合作");
		assertThat(contactOf(this.enterprise)).as("contact after a declined interest").isNull();
	}

	@Test
	void brokersIntroduceOrganisations() {
		Actor broker = Organisations.broker();
		InterestView introduced = this.actors.callAs(broker, () -> this.interests.introduce(this.result,
				Objects.requireNonNull(this.enterprise.organisationId()), null, "经纪人推荐：双方方向一致"));
		assertThat(introduced.status()).as("until the introduced organisation confirms").isEqualTo(InterestStatus.PROPOSED);
		assertThat(introduced.introducedBy()).as("introducedBy").isNotNull();
		assertThat(introduced.interestedOrganisation().id()).isEqualTo(this.enterprise.organisationId());
		assertThat(list(this.enterprise, "sent", "PROPOSED")).as("awaiting the introduced side's confirmation")
			.contains(introduced.id());
		assertThat(list(this.tto, "received", null)).as("the owner does not see it yet").doesNotContain(introduced.id());
		assertThat(list(this.tto, "received", "PROPOSED")).as("not even asked for by status")
			.doesNotContain(introduced.id());
		assertThat(answer(this.tto, introduced.id(), "confirmation")).as("the owner confirming for the other side")
			.hasStatus(404);
		assertThat(answer(this.stranger, introduced.id(), "confirmation")).as("a stranger").hasStatus(404);
		assertThat(answer(this.enterprise, introduced.id(), "confirmation")).hasStatusOk();
		assertThat(list(this.tto, "received", "PENDING")).as("confirmed, the owner sees it").contains(introduced.id());
		assertThat(answer(this.enterprise, introduced.id(), "confirmation")).as("confirming twice").hasStatus(409);
		assertThatThrownBy(() -> this.actors.callAs(this.stranger, () -> this.interests.introduce(this.result,
				Objects.requireNonNull(this.enterprise.organisationId()), null, "冒充经纪人")))
			.isInstanceOf(NotAllowed.class);
	}

	@Test
	void theIntroducedOrganisationDeclinesAnIntroductionUnseenByTheOwner() {
		InterestView introduced = this.actors.callAs(Organisations.broker(), () -> this.interests.introduce(
				this.result, Objects.requireNonNull(this.enterprise.organisationId()), null, "经纪人推荐：双方方向一致"));
		assertThat(read(answer(this.enterprise, introduced.id(), "withdrawal"), "$.status")).isEqualTo("WITHDRAWN");
		assertThat(list(this.tto, "received", null)).doesNotContain(introduced.id());
		assertThat(id(express(this.enterprise, this.result, "我们自己表达意向"))).as("the posting is open again")
			.isPositive();
	}

	@Test
	void refusesAnOfferedPostingThatIsNotTheCallersOwnPublicOne() {
		long draft = PostingApi.needs(this.mvc).draft(this.enterprise, org.hengqiao.need.NeedRequests.aNeed());
		long othersNeed = PostingApi.needs(this.mvc).published(this.stranger, this.operator,
				org.hengqiao.need.NeedRequests.aNeed());
		for (long offered : List.of(draft, othersNeed, 9_000_010L)) {
			assertThat(this.mvc.post()
				.uri("/api/v1/interests")
				.with(as(this.enterprise))
				.contentType(MediaType.APPLICATION_JSON)
				.content(JsonBody.json(Map.of("postingId", this.result, "message", "想合作", "offeredPostingId", offered)))
				.exchange()).as("offering posting %d", offered)
				.hasStatus(400)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("offeredPostingId");
		}
		long own = PostingApi.needs(this.mvc).published(this.enterprise, this.operator,
				org.hengqiao.need.NeedRequests.aNeed());
		assertThatThrownBy(() -> this.actors.callAs(Organisations.broker(), () -> this.interests.introduce(this.result,
				Objects.requireNonNull(this.stranger.organisationId()), own, "以他人的需求引荐")))
			.as("a broker offering another organisation's posting for the introduced one")
			.isInstanceOf(org.hengqiao.system.InvalidInput.class);
	}

	@Test
	void refusesAReadMarkForAMessageOfAnotherConversation() {
		long first = conversation(this.enterprise);
		long second = conversation(this.stranger);
		MvcTestResult posted = this.mvc.post()
			.uri("/api/v1/conversations/" + second + "/messages")
			.with(as(this.stranger))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"另一会话的消息\"}")
			.exchange();
		long foreign = ((Number) JsonPath.read(PostingApi.body(posted), "$.id")).longValue();
		for (long message : List.of(foreign, 9_000_011L)) {
			assertThat(this.mvc.post()
				.uri("/api/v1/conversations/" + first + "/read")
				.with(as(this.enterprise))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"upToMessageId\":" + message + "}")
				.exchange()).as("reading up to message %d", message)
				.hasStatus(400)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("upToMessageId");
		}
		assertThat(this.mvc.get()
			.uri("/api/v1/conversations/" + first + "/attachments/1")
			.with(as(this.enterprise))
			.exchange()).as("an attachment id of no message of this conversation").hasStatus(404);
	}

	/** The organisation's interest in the result, accepted: their conversation. */
	private long conversation(Actor interested) {
		MvcTestResult accepted = answer(this.tto, id(express(interested, this.result, "想合作")), "acceptance");
		return ((Number) JsonPath.read(PostingApi.body(accepted), "$.conversationId")).longValue();
	}

	@Test
	void decidesConcurrentRequestsOneAtATime() throws Exception {
		List<Object> expressed = concurrently(
				() -> this.interests.express(this.result, "第一次", null), this.enterprise, this.enterprise);
		assertThat(expressed).as("two simultaneous first interests")
			.hasAtLeastOneElementOfType(InterestView.class)
			.hasAtLeastOneElementOfType(InterestAlreadyOpen.class);
		long interest = expressed.stream()
			.filter(InterestView.class::isInstance)
			.map(InterestView.class::cast)
			.findFirst()
			.orElseThrow()
			.id();
		Actor colleague = Organisations.memberOf(Objects.requireNonNull(this.tto.organisationId()), true);
		List<Object> answers = concurrently(() -> this.interests.accept(interest), this.tto, colleague);
		assertThat(answers).as("two simultaneous acceptances")
			.hasAtLeastOneElementOfType(InterestView.class)
			.hasAtLeastOneElementOfType(InterestAlreadyAnswered.class);
		assertThat(this.jdbc.sql("select count(*) from conversation where interest_id = :i")
			.param("i", interest)
			.query(Long.class)
			.single()).as("conversations opened").isEqualTo(1);
	}

	/** Runs the work as each actor at the same moment; returns each result or the exception it threw. */
	private List<Object> concurrently(Supplier<Object> work, Actor... who) throws Exception {
		CyclicBarrier start = new CyclicBarrier(who.length);
		try (var executor = Executors.newFixedThreadPool(who.length)) {
			List<Future<Object>> futures = new ArrayList<>();
			for (Actor actor : who) {
				futures.add(executor.submit(() -> {
					start.await();
					try {
						return this.actors.callAs(actor, work);
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			List<Object> results = new ArrayList<>();
			for (var future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
	}

	@Test
	void documentsTheApi() {
		String document = PostingApi.body(this.mvc.get().uri("/v3/api-docs").exchange());
		for (String path : List.of("/api/v1/interests", "/api/v1/interests/{id}/acceptance",
				"/api/v1/interests/{id}/decline", "/api/v1/interests/{id}/withdrawal", "/api/v1/conversations",
				"/api/v1/conversations/{id}", "/api/v1/conversations/{id}/messages", "/api/v1/conversations/{id}/read",
				"/api/v1/conversations/{id}/attachments/{attachmentId}", "/api/v1/conversations/{id}/nda/acceptance",
				"/api/v1/postings/{postingId}/nda")) {
			assertThat((Object) JsonPath.read(document, "$.paths['" + path + "']")).as("OpenAPI path %s", path)
				.isNotNull();
		}
		Map<String, Object> content = JsonPath.read(document,
				"$.paths['/api/v1/conversations/{id}/messages'].post.requestBody.content");
		assertThat(content).as("message bodies").containsKeys("multipart/form-data", "application/json");
	}

	private MvcTestResult express(Actor who, long posting, String message) {
		return this.mvc.post()
			.uri("/api/v1/interests")
			.with(as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(Map.of("postingId", posting, "message", message)))
			.exchange();
	}

	private MvcTestResult answer(Actor who, long interest, String step) {
		return this.mvc.post().uri("/api/v1/interests/" + interest + "/" + step).with(as(who)).exchange();
	}

	private List<Long> list(Actor who, String box, String status) {
		String query = "?box=" + box + (status != null ? "&status=" + status : "");
		MvcTestResult result = this.mvc.get().uri("/api/v1/interests" + query).with(as(who)).exchange();
		assertThat(result).hasStatusOk();
		List<Number> ids = JsonPath.read(PostingApi.body(result), "$[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private List<Boolean> readByOther(Actor who, long conversation) {
		MvcTestResult result = this.mvc.get().uri("/api/v1/conversations/" + conversation + "/messages")
			.with(as(who))
			.exchange();
		assertThat(result).hasStatusOk();
		return JsonPath.read(PostingApi.body(result), "$[*].readByOtherSide");
	}

	private Object contactOf(Actor who) {
		return JsonPath.read(PostingApi.body(this.results.get(as(who), this.result)), "$.contact");
	}

	private static String read(MvcTestResult result, String path) {
		return JsonPath.read(PostingApi.body(result), path);
	}

	private static long id(MvcTestResult result) {
		assertThat(result).hasStatus(201);
		return ((Number) JsonPath.read(PostingApi.body(result), "$.id")).longValue();
	}

}
