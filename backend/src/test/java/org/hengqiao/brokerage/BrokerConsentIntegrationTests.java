package org.hengqiao.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.result.ResultRequests.aResult;
import static org.hengqiao.testing.Acting.as;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.hengqiao.account.AccountManagement;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.organisation.Registration;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.JsonBody;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Brokers read a conversation or work on a posting only by consent: an operator's assignment to public postings,
 * or a party's request that the broker accepts. Each test is an attack or a check on an id a client sends.
 */
@HengqiaoIntegrationTest
@RecordApplicationEvents
class BrokerConsentIntegrationTests {

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registration registration;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Actors actors;

	@Autowired
	ApplicationEvents events;

	Agencies.Agency agency;

	Actor broker;

	Actor operator;

	Actor company;

	Actor university;

	Actor stranger;

	long need;

	long result;

	long conversation;

	long attachment;

	@BeforeEach
	void setUp() {
		Agencies agencies = new Agencies(this.registration, this.accounts, this.actors);
		this.agency = agencies.agency();
		this.broker = this.agency.broker();
		this.operator = agencies.operator();
		Organisations organisations = new Organisations(this.jdbc);
		this.company = Organisations.memberOf(organisations.verified(OrganisationType.ENTERPRISE, "衡阳某企业"), true);
		this.university = Organisations.memberOf(organisations.verified(OrganisationType.UNIVERSITY, "衡阳某大学"), true);
		this.stranger = Organisations.memberOf(organisations.verified(OrganisationType.ENTERPRISE, "第三方公司"), true);
		this.need = PostingApi.needs(this.mvc).published(this.company, this.operator, aNeed());
		this.result = PostingApi.results(this.mvc).published(this.university, this.operator, aResult());
		assertThat(this.mvc.put()
			.uri("/api/v1/postings/{id}/nda", this.need)
			.multipart()
			.file(new MockMultipartFile("file", "保密协议.pdf", "application/pdf", PDF))
			.with(as(this.company))
			.exchange()).as("attaching the NDA").hasStatusOk();
		MvcTestResult expressed = post(this.university, "/api/v1/interests",
				Map.of("postingId", this.need, "message", "我校成果可解决该需求"));
		MvcTestResult accepted = this.mvc.post()
			.uri("/api/v1/interests/{id}/acceptance", id(expressed))
			.with(as(this.company))
			.exchange();
		this.conversation = ((Number) JsonPath.read(PostingApi.body(accepted), "$.conversationId")).longValue();
		MvcTestResult message = this.mvc.post()
			.uri("/api/v1/conversations/{id}/messages", this.conversation)
			.multipart()
			.file(new MockMultipartFile("files", "工艺.pdf", "application/pdf", PDF))
			.param("text", "工艺参数见附件")
			.with(as(this.university))
			.exchange();
		assertThat(message).as("posting a file").hasStatus(HttpStatus.CREATED);
		this.attachment = ((Number) JsonPath.read(PostingApi.body(message), "$.attachments[0].id")).longValue();
	}

	@Test
	void anAgencyAdminCannotAppointItsOwnBrokerToAConversationOrAnything() {
		Actor adminBroker = this.actors.callAs(this.operator, () -> {
			this.accounts.grantBroker(this.agency.admin().accountId());
			return this.accounts.actorOf(this.agency.admin().accountId()).orElseThrow();
		});
		assertThat(assign(adminBroker, adminBroker.accountId(), "CONVERSATION", this.conversation))
			.as("the demo attack: an agency admin appoints itself to a conversation it is not part of")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(assign(adminBroker, this.broker.accountId(), "CONVERSATION", this.conversation))
			.as("a colleague").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(assign(adminBroker, this.broker.accountId(), "CONVERSATION", 9_000_001L))
			.as("a conversation that does not exist").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(assign(adminBroker, this.broker.accountId(), "NEED", this.need)).as("a public need")
			.hasStatus(HttpStatus.FORBIDDEN);
		for (Actor reader : List.of(adminBroker, this.broker)) {
			assertThat(readAttempts(reader)).as("what %s reads of the conversation", reader.displayName())
				.containsOnly(HttpStatus.NOT_FOUND.value());
		}
		assertThat(this.mvc.get().uri("/api/v1/broker/assignments?agency=true").with(as(this.agency.admin())))
			.as("the admin still lists the agency's work")
			.hasStatusOk();
	}

	@Test
	void operatorsAssignOnlyActiveBrokersToPublicPostingsThatExist() {
		long draft = PostingApi.needs(this.mvc).draft(this.company, aNeed());
		assertThat(assign(this.operator, this.broker.accountId(), "NEED", 9_000_002L)).as("a need that does not exist")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("subjectId");
		assertThat(assign(this.operator, this.broker.accountId(), "NEED", draft)).as("a draft need")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("subjectId");
		assertThat(assign(this.operator, this.broker.accountId(), "RESULT", this.need)).as("a need named a result")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("subjectId");
		assertThat(assign(this.operator, 9_000_003L, "NEED", this.need)).as("a broker that does not exist")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("brokerAccountId");
		assertThat(assign(this.operator, this.broker.accountId(), "NEED", this.need)).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void anOperatorCannotPutABrokerIntoAConversationNobodyAskedFor() {
		assertThat(assign(this.operator, this.broker.accountId(), "CONVERSATION", this.conversation))
			.as("no party asked")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("subjectId");
		assertThat(assign(this.operator, this.broker.accountId(), "CONVERSATION", 9_000_004L))
			.as("a conversation that does not exist")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("subjectId");
		assertThat(readAttempts(this.broker)).containsOnly(HttpStatus.NOT_FOUND.value());

		long request = id(request(this.university, "CONVERSATION", this.conversation, null));
		assertThat(this.mvc.get().uri("/api/v1/broker/requests?box=received").with(as(this.operator)))
			.as("operators see open requests for any broker")
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains(Math.toIntExact(request));
		assertThat(this.mvc.post().uri("/api/v1/broker/requests/{id}/acceptance", request).with(as(this.broker)))
			.as("a broker cannot take an open request on themself")
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(assign(this.operator, this.broker.accountId(), "CONVERSATION", this.conversation))
			.as("one of the two organisations asked").hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.get().uri("/api/v1/broker/requests/{id}", request).with(as(this.university)))
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("ACCEPTED");
		assertThat(readAttempts(this.broker)).containsOnly(HttpStatus.OK.value());
		assertThat(this.events.stream(BrokerJoinedConversation.class))
			.as("both organisations are told who reads their conversation")
			.anyMatch(event -> event.conversationId() == this.conversation
					&& event.brokerAccountId() == this.broker.accountId());
	}

	@Test
	void aThirdOrganisationCannotAskABrokerIntoOthersPostingsOrConversations() {
		assertThat(request(this.stranger, "CONVERSATION", this.conversation, this.broker.accountId()))
			.as("someone else's conversation")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("subjectId");
		assertThat(request(this.stranger, "NEED", this.need, this.broker.accountId())).as("someone else's need")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("subjectId");
		assertThat(request(this.company, "CONVERSATION", 9_000_005L, this.broker.accountId()))
			.as("a conversation that does not exist")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("subjectId");
		assertThat(request(this.company, "NEED", this.need, this.company.accountId())).as("not a broker")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("brokerAccountId");
		assertThat(request(this.company, "DEAL", this.need, this.broker.accountId())).as("a deal")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("subjectType");
	}

	@Test
	void onlyTheNamedBrokerAcceptsAndEitherSideEndsTheirAccessAtOnce() {
		Actor otherBroker = new Agencies(this.registration, this.accounts, this.actors).agency().broker();
		long request = id(request(this.company, "CONVERSATION", this.conversation, this.broker.accountId()));
		assertThat(this.mvc.get().uri("/api/v1/broker/requests?box=received").with(as(this.broker))).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains(Math.toIntExact(request));
		assertThat(this.mvc.post().uri("/api/v1/broker/requests/{id}/acceptance", request).with(as(otherBroker)))
			.as("another broker").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/api/v1/broker/requests/{id}/acceptance", request).with(as(this.operator)))
			.as("an operator for a named broker").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/api/v1/broker/requests/{id}/acceptance", request)
			.with(as(this.agency.admin()))).as("the broker's agency admin").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(readAttempts(this.broker)).as("before accepting").containsOnly(HttpStatus.NOT_FOUND.value());
		assertThat(this.mvc.post().uri("/api/v1/broker/requests/{id}/acceptance", request).with(as(this.broker)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("ACCEPTED");
		assertThat(this.events.stream(BrokerRequestAnswered.class)).as("the requesting organisation is told")
			.anyMatch(event -> event.requestId() == request && event.accepted());
		assertThat(this.events.stream(BrokerJoinedConversation.class)).as("the other organisation is told")
			.anyMatch(event -> event.conversationId() == this.conversation
					&& event.organisationIds().contains(this.university.organisationId()));
		assertThat(readAttempts(this.broker)).as("after accepting").containsOnly(HttpStatus.OK.value());

		MvcTestResult listed = this.mvc.get()
			.uri("/api/v1/broker/assignments?subjectType=CONVERSATION&subjectId={id}", this.conversation)
			.with(as(this.university))
			.exchange();
		assertThat(listed).as("the other side sees who reads").hasStatusOk();
		long assignment = ((Number) JsonPath.read(PostingApi.body(listed), "$[0].id")).longValue();
		assertThat(this.mvc.delete().uri("/api/v1/broker/assignments/{id}", assignment).with(as(this.stranger)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.delete().uri("/api/v1/broker/assignments/{id}", assignment).with(as(this.university)))
			.as("the side that did not ask removes the broker")
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(readAttempts(this.broker)).as("at once").containsOnly(HttpStatus.NOT_FOUND.value());
	}

	@Test
	void theRequesterWithdrawsAndTheBrokerDeclines() {
		long request = id(request(this.company, "NEED", this.need, this.broker.accountId()));
		assertThat(this.mvc.post().uri("/api/v1/broker/requests/{id}/withdrawal", request).with(as(this.university)))
			.as("not the requester").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/api/v1/broker/requests/{id}/withdrawal", request).with(as(this.company)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("WITHDRAWN");
		assertThat(this.mvc.post().uri("/api/v1/broker/requests/{id}/acceptance", request).with(as(this.broker)))
			.as("a withdrawn request").hasStatus(HttpStatus.CONFLICT);
		long again = id(request(this.company, "NEED", this.need, this.broker.accountId()));
		assertThat(this.mvc.post().uri("/api/v1/broker/requests/{id}/decline", again).with(as(this.broker)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("DECLINED");
		assertThat(this.events.stream(BrokerRequestAnswered.class)).anyMatch(event -> event.requestId() == again
				&& !event.accepted());
		assertThat(this.jdbc.sql("select count(*) from broker_assignment where broker_account_id = ?")
			.param(this.broker.accountId())
			.query(Long.class)
			.single()).as("nothing assigned").isZero();
	}

	@Test
	void anIntroductionIsInvisibleToTheOwnerUntilTheIntroducedOrganisationConfirms() {
		long otherNeed = PostingApi.needs(this.mvc).published(this.stranger, this.operator, aNeed());
		assertThat(assign(this.operator, this.broker.accountId(), "RESULT", this.result)).hasStatus(HttpStatus.CREATED);
		Map<String, Object> introduction = Map.of("needId", otherNeed, "resultId", this.result, "onBehalfOf", "NEED",
				"message", "该企业的需求与贵校成果契合");
		MvcTestResult introduced = post(this.broker, "/api/v1/broker/introductions", introduction);
		assertThat(introduced).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.status").isEqualTo("PROPOSED");
		long interest = id(introduced);
		assertThat(this.mvc.get().uri("/api/v1/interests?box=received").with(as(this.university))).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.as("the owner does not see an unconfirmed introduction")
			.doesNotContain(Math.toIntExact(interest));
		assertThat(this.mvc.get().uri("/api/v1/interests/{id}", interest).with(as(this.university)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/api/v1/interests/{id}/acceptance", interest).with(as(this.university)))
			.as("nothing opens").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.jdbc.sql("select count(*) from conversation where interest_id = ?")
			.param(interest)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.events.stream(org.hengqiao.connect.InterestExpressed.class))
			.as("the owner is not notified").noneMatch(event -> event.interestId() == interest);
		assertThat(this.mvc.post().uri("/api/v1/interests/{id}/confirmation", interest).with(as(this.university)))
			.as("the owner cannot confirm for the introduced side").hasStatus(HttpStatus.NOT_FOUND);

		assertThat(this.mvc.post().uri("/api/v1/interests/{id}/confirmation", interest).with(as(this.stranger)))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("PENDING");
		assertThat(this.events.stream(org.hengqiao.connect.InterestExpressed.class))
			.anyMatch(event -> event.interestId() == interest);
		assertThat(this.mvc.post().uri("/api/v1/interests/{id}/acceptance", interest).with(as(this.university)))
			.hasStatusOk();
	}

	@Test
	void anIntroductionChecksEveryPostingId() {
		long draft = PostingApi.needs(this.mvc).draft(this.stranger, aNeed());
		assertThat(assign(this.operator, this.broker.accountId(), "RESULT", this.result)).hasStatus(HttpStatus.CREATED);
		assertThat(post(this.broker, "/api/v1/broker/introductions", Map.of("needId", draft, "resultId", this.result,
				"onBehalfOf", "NEED", "message", "草稿不能引荐")))
			.as("an offered posting that is not public")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("needId");
		assertThat(post(this.broker, "/api/v1/broker/introductions", Map.of("needId", this.need, "resultId",
				9_000_006L, "onBehalfOf", "NEED", "message", "不存在的成果")))
			.as("a result that does not exist")
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("resultId");
	}

	private List<Integer> readAttempts(Actor reader) {
		return List.of(
				this.mvc.get().uri("/api/v1/conversations/{id}", this.conversation).with(as(reader)).exchange(),
				this.mvc.get().uri("/api/v1/conversations/{id}/messages", this.conversation).with(as(reader)).exchange(),
				this.mvc.get()
					.uri("/api/v1/conversations/{id}/attachments/{a}", this.conversation, this.attachment)
					.with(as(reader))
					.exchange(),
				this.mvc.get().uri("/api/v1/conversations/{id}/nda/document", this.conversation).with(as(reader)).exchange())
			.stream()
			.map(result -> result.getResponse().getStatus())
			.toList();
	}

	private MvcTestResult request(Actor who, String type, long subject, Long brokerAccountId) {
		Map<String, Object> body = new HashMap<>(Map.of("subjectType", type, "subjectId", subject, "message", "请协助推进洽谈"));
		if (brokerAccountId != null) {
			body.put("brokerAccountId", brokerAccountId);
		}
		return post(who, "/api/v1/broker/requests", body);
	}

	private MvcTestResult assign(Actor who, long broker, String type, long subject) {
		return post(who, "/api/v1/broker/assignments",
				Map.of("brokerAccountId", broker, "subjectType", type, "subjectId", subject));
	}

	private MvcTestResult post(Actor who, String uri, Map<String, ?> body) {
		return this.mvc.post()
			.uri(uri)
			.with(as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(body))
			.exchange();
	}

	private static long id(MvcTestResult created) {
		assertThat(created).as("created").hasStatus(HttpStatus.CREATED);
		return ((Number) JsonPath.read(PostingApi.body(created), "$.id")).longValue();
	}

}
