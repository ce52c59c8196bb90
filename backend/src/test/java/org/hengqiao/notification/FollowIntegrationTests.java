package org.hengqiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.testing.Acting.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.hengqiao.account.Actor;
import org.hengqiao.need.NeedRequests;
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
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Saving postings and following organisations: people save what anyone may see, hear of a saved posting's changes
 * while it is public, and never learn through following what the visibility rules hide.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class FollowIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aSaverHearsOfChangesWhileThePostingIsPublicAndLosesItWhenItIsWithdrawn() {
		Fixtures.Founded owner = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.verify(owner);
		Actor member = Organisations.memberOf(owner.organisationId(), true);
		PostingApi needs = PostingApi.needs(this.mvc);
		String title = "稀土永磁电机轴承降噪";
		long need = needs.published(member, Organisations.operator(), NeedRequests.aNeed().titled(title));
		MockHttpSession saver = this.fixtures
			.signIn(this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY).admin());

		assertThat(put(saver, "NEED", need)).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo(title);
		assertThat(put(saver, "NEED", need)).as("saving twice changes nothing").hasStatusOk();
		assertThat(put(saver, "ORGANISATION", owner.organisationId())).hasStatusOk();
		assertThat(links(saver)).containsExactly("/organisations/" + owner.organisationId(), "/needs/" + need);

		assertThat(needs.transition(as(member), need, "negotiation")).hasStatusOk();
		Eventually.within(WAIT, "the saver hears the need changed",
				() -> titles(saver).contains("您收藏的需求有更新：" + title));

		assertThat(needs.transition(as(member), need, "withdrawal")).hasStatusOk();
		assertThat(links(saver)).as("a withdrawn posting leaves the saved list")
			.containsExactly("/organisations/" + owner.organisationId());
		assertThat(titles(saver)).as("one notice: the withdrawal is not announced")
			.filteredOn(text -> text.contains(title))
			.hasSize(1);
	}

	@Test
	void nobodyFollowsWhatTheyMayNotSeeOrTouchesAnotherPersonsList() {
		Fixtures.Founded owner = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.verify(owner);
		Actor member = Organisations.memberOf(owner.organisationId(), true);
		PostingApi needs = PostingApi.needs(this.mvc);
		long draft = needs.draft(member, NeedRequests.aNeed());
		long published = needs.published(member, Organisations.operator(), NeedRequests.aNeed());
		Fixtures.Founded unverified = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		MockHttpSession saver = this.fixtures.signIn(this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin());
		MockHttpSession stranger = this.fixtures
			.signIn(this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin());

		assertThat(this.mvc.put().uri("/api/v1/follows/NEED/{id}", published).with(csrf()))
			.as("anonymous visitors save nothing").hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri("/api/v1/follows")).as("nor have a list").hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(put(saver, "NEED", draft)).as("another organisation's draft").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(put(saver, "RESULT", published)).as("a need saved as a result").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(put(saver, "NEED", 9_999_999)).as("a posting that does not exist").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(put(saver, "ORGANISATION", unverified.organisationId())).as("an unverified organisation")
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(put(saver, "PERSON", 1)).as("no such kind of thing").hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(links(saver)).isEmpty();

		assertThat(put(saver, "NEED", published)).hasStatusOk();
		assertThat(links(stranger)).as("another person's list is their own").isEmpty();
		assertThat(this.mvc.delete().uri("/api/v1/follows/NEED/{id}", published).with(csrf()).session(stranger))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(links(saver)).as("their unfollowing touches only their own list").containsExactly("/needs/" + published);
		assertThat(this.mvc.delete().uri("/api/v1/follows/NEED/{id}", published).with(csrf()).session(saver))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(links(saver)).isEmpty();
	}

	private MvcTestResult put(MockHttpSession session, String target, long id) {
		return this.mvc.put().uri("/api/v1/follows/{target}/{id}", target, id).with(csrf()).session(session).exchange();
	}

	private List<String> links(MockHttpSession session) {
		MvcTestResult result = this.mvc.get().uri("/api/v1/follows").session(session).exchange();
		assertThat(result).hasStatusOk();
		return JsonPath.read(PostingApi.body(result), "$[*].link");
	}

	private List<String> titles(MockHttpSession session) {
		return JsonPath.read(PostingApi.body(this.mvc.get()
			.uri("/api/v1/notifications?size=100")
			.session(session)
			.header("Accept-Language", "zh-CN")
			.exchange()), "$.items[*].title");
	}

}
