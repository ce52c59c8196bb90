package org.hengqiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.hengqiao.testing.Files;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Founded;
import org.hengqiao.testing.Fixtures.Person;
import org.hengqiao.testing.Json;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What an operator sees to decide a verification: the licence inline (framable by the portal alone, readable by
 * operators alone), who asked and how to reach them, and afterwards every decision in the audit log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class VerificationReviewIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theQueueNamesTheApplicantAndTheLicenceIsPreviewedInlineByThePortalOnly() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.requestVerification(organisation);
		MockHttpSession operator = this.fixtures.signIn(this.fixtures.operator());
		long id = organisation.organisationId();

		assertThat(this.mvc.get().uri("/api/v1/operator/verifications").session(operator)).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$[?(@.organisationId == " + id + ")].applicant.email")
					.asArray()
					.containsExactly(organisation.admin().email());
				assertThat(json).extractingPath("$[?(@.organisationId == " + id + ")].applicant.name")
					.asArray()
					.containsExactly("管理员");
			});
		assertThat(this.mvc.get().uri(preview(id)).session(operator)).hasStatusOk()
			.hasContentType("application/pdf")
			.hasHeader("Content-Disposition", "inline; filename=\"licence.pdf\"; filename*=UTF-8''licence.pdf")
			.hasHeader("X-Frame-Options", "SAMEORIGIN")
			.hasBodyTextEqualTo(new String(Files.pdf()))
			.satisfies(result -> assertThat(result.getResponse().getHeader("Content-Security-Policy"))
				.contains("frame-ancestors 'self'")
				.doesNotContain("frame-ancestors 'none'"));
		assertThat(this.mvc.get().uri("/api/v1/organisations/" + id + "/licence").session(operator))
			.as("the download stays unframeable")
			.hasStatusOk()
			.hasHeader("X-Frame-Options", "DENY");
	}

	@Test
	void nobodyButAnOperatorReadsThePreview() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.requestVerification(organisation);
		Founded other = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		long id = organisation.organisationId();

		assertThat(this.mvc.get().uri(preview(id))).as("anonymous visitor").hasStatus(HttpStatus.UNAUTHORIZED);
		for (Person hostile : new Person[] { organisation.admin(), this.fixtures.member(organisation), other.admin(),
				this.fixtures.broker() }) {
			assertThat(this.mvc.get().uri(preview(id)).session(this.fixtures.signIn(hostile))).as(hostile.email())
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.get().uri(preview(987654321L)).session(this.fixtures.signIn(this.fixtures.operator())))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void decisionsAppearInTheAuditLogWithWhoWhenAndWhy() {
		Founded approved = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Founded rejected = this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY);
		this.fixtures.requestVerification(approved);
		this.fixtures.requestVerification(rejected);
		MockHttpSession operator = this.fixtures.signIn(this.fixtures.operator());
		decide(operator, approved.organisationId(), Json.object("decision", "APPROVE"));
		decide(operator, rejected.organisationId(), Json.object("decision", "REJECT", "reason", "执照已过期"));

		assertThat(this.mvc.get().uri("/api/v1/operator/verifications/decisions?size=2").session(operator))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.items[0].organisationId").isEqualTo((int) rejected.organisationId());
				assertThat(json).extractingPath("$.items[0].decision").isEqualTo("REJECTED");
				assertThat(json).extractingPath("$.items[0].reason").isEqualTo("执照已过期");
				assertThat(json).extractingPath("$.items[0].operatorName").isEqualTo("运营");
				assertThat(json).hasPath("$.items[0].decidedAt");
				assertThat(json).extractingPath("$.items[1].organisationId").isEqualTo((int) approved.organisationId());
				assertThat(json).extractingPath("$.items[1].decision").isEqualTo("VERIFIED");
				assertThat(json).extractingPath("$.more").isEqualTo(true);
			});
		assertThat(this.mvc.get().uri("/api/v1/operator/verifications/decisions?page=-1").session(operator))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("page");
	}

	@Test
	void onlyOperatorsReadTheDecisions() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);

		assertThat(this.mvc.get().uri("/api/v1/operator/verifications/decisions")).hasStatus(HttpStatus.UNAUTHORIZED);
		for (Person hostile : new Person[] { organisation.admin(), this.fixtures.broker() }) {
			assertThat(this.mvc.get().uri("/api/v1/operator/verifications/decisions")
				.session(this.fixtures.signIn(hostile))).as(hostile.email()).hasStatus(HttpStatus.FORBIDDEN);
		}
	}

	private static String preview(long organisationId) {
		return "/api/v1/operator/verifications/" + organisationId + "/licence";
	}

	private void decide(MockHttpSession session, long organisationId, String decision) {
		assertThat(this.mvc.post()
			.uri("/api/v1/operator/verifications/" + organisationId)
			.with(csrf())
			.session(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content(decision)).hasStatusOk();
	}

}
