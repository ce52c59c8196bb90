package org.hengqiao.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.testing.Acting.anonymous;
import static org.hengqiao.testing.Acting.as;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.result.ResultRequests;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An open conversation starts with the interest's message and asks only for what is new; the header asks one small
 * endpoint for its counts. Nobody outside the conversation reads it by polling, and visitors get no counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class ConversationPollingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aConversationOpensWithTheInterestsMessageAndPollsOnlyWhatIsNew() {
		Fixtures.Founded university = this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY);
		Fixtures.Founded enterprise = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Fixtures.Founded other = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.verify(university);
		this.fixtures.verify(enterprise);
		this.fixtures.verify(other);
		Actor tto = Organisations.adminOf(university.organisationId(), true);
		Actor engineer = Organisations.memberOf(enterprise.organisationId(), true);
		Actor stranger = Organisations.memberOf(other.organisationId(), true);
		long result = PostingApi.results(this.mvc).published(tto, Organisations.operator(), ResultRequests.aResult());
		long interest = id(this.mvc.post()
			.uri("/api/v1/interests")
			.with(as(engineer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"postingId\":" + result + ",\"message\":\"想了解该成果的中试条件\"}")
			.exchange());
		long conversation = ((Number) JsonPath.read(PostingApi.body(this.mvc.post()
			.uri("/api/v1/interests/" + interest + "/acceptance")
			.with(as(tto))
			.exchange()), "$.conversationId")).longValue();

		assertThat(this.mvc.get().uri("/api/v1/conversations/{id}", conversation).with(as(tto)))
			.as("the owner reads the interest's message first")
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.opening.text").isEqualTo("想了解该成果的中试条件");
				assertThat(json).extractingPath("$.opening.sender.id").isEqualTo((int) enterprise.organisationId());
				assertThat(json).extractingPath("$.opening.mine").isEqualTo(false);
			});

		long first = post(tto, conversation, "欢迎来校参观");
		long second = post(tto, conversation, "周三下午可以吗？");
		List<Integer> after = JsonPath.read(PostingApi.body(this.mvc.get()
			.uri("/api/v1/conversations/{id}/messages?after={after}", conversation, first)
			.with(as(engineer))
			.exchange()), "$[*].id");
		assertThat(after).as("only the messages after the newest one the page has").containsExactly((int) second);
		assertThat(activity(engineer)).as("the header's count of the other side's messages")
			.bodyJson()
			.extractingPath("$.unreadMessages")
			.isEqualTo(2);
		assertThat(activity(tto)).as("one's own messages are not unread").bodyJson()
			.extractingPath("$.unreadMessages")
			.isEqualTo(0);
		assertThat(this.mvc.post()
			.uri("/api/v1/conversations/{id}/read", conversation)
			.with(as(engineer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"upToMessageId\":" + second + "}")).hasStatus2xxSuccessful();
		assertThat(activity(engineer)).bodyJson().extractingPath("$.unreadMessages").isEqualTo(0);

		assertThat(this.mvc.get()
			.uri("/api/v1/conversations/{id}/messages?after=0", conversation)
			.with(as(stranger))).as("another organisation's member polls nothing").hasStatus(404);
		assertThat(activity(stranger)).as("and counts nothing of it").bodyJson()
			.extractingPath("$.unreadMessages")
			.isEqualTo(0);
		assertThat(this.mvc.get().uri("/api/v1/activity").with(anonymous())).as("anonymous visitor").hasStatus(401);
	}

	private MvcTestResult activity(Actor actor) {
		return this.mvc.get().uri("/api/v1/activity").with(as(actor)).exchange();
	}

	private long post(Actor actor, long conversation, String text) {
		return id(this.mvc.post()
			.uri("/api/v1/conversations/{id}/messages", conversation)
			.with(as(actor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"" + text + "\"}")
			.exchange());
	}

	private static long id(MvcTestResult result) {
		assertThat(result).hasStatus(201);
		return ((Number) JsonPath.read(PostingApi.body(result), "$.id")).longValue();
	}

}
