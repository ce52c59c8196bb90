package org.hengqiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.hengqiao.testing.Files;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Founded;
import org.hengqiao.testing.Json;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class VerificationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void anOrganisationIsVerifiedAfterItsAdminUploadsTheLicenceAndAnOperatorApproves() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		MockHttpSession admin = this.fixtures.signIn(organisation.admin());
		MockHttpSession operator = this.fixtures.signIn(this.fixtures.operator());
		long id = organisation.organisationId();

		assertThat(upload(admin, id, new Upload("营业执照.pdf", Files.pdf()))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.licence.contentType").isEqualTo("application/pdf");
				assertThat(json).extractingPath("$.licence.fileName").isEqualTo("营业执照.pdf");
			});
		assertThat(post(admin, "/api/v1/organisations/" + id + "/verification-request")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("PENDING");
		assertThat(this.mvc.get().uri("/api/v1/operator/verifications").session(operator)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].organisationId")
			.asArray()
			.as("the operators' queue")
			.contains((int) id);
		assertThat(this.mvc.get().uri("/api/v1/organisations/" + id + "/licence").session(operator)).hasStatusOk()
			.hasContentType("application/pdf")
			.hasHeader("Content-Disposition",
					"attachment; filename=\"____.pdf\"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf")
			.hasBodyTextEqualTo(new String(Files.pdf()));

		assertThat(decide(operator, id, Json.object("decision", "APPROVE"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("VERIFIED");

		assertThat(this.directory.find(id)).get().extracting(OrganisationSummary::verified).isEqualTo(true);
		assertThat(this.mvc.get().uri("/api/v1/organisations/" + id)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.verified")
			.isEqualTo(true);
		assertThat(this.mvc.get().uri("/api/v1/session").session(admin)).bodyJson()
			.extractingPath("$.organisationVerified")
			.as("the admin's session sees the verification at once")
			.isEqualTo(true);
		assertThat(events(id)).contains("LICENCE_UPLOADED", "VERIFICATION_REQUESTED", "VERIFIED");
	}

	@Test
	void aRejectionNeedsAReasonWhichTheAdminSeesAndMayAnswerWithANewRequest() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.RESEARCH_INSTITUTE);
		this.fixtures.requestVerification(organisation);
		MockHttpSession operator = this.fixtures.signIn(this.fixtures.operator());
		MockHttpSession admin = this.fixtures.signIn(organisation.admin());
		long id = organisation.organisationId();

		assertThat(decide(operator, id, Json.object("decision", "REJECT"))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("reason");
		assertThat(decide(operator, id, Json.object("decision", "REJECT", "reason", "执照照片模糊，请重新上传清晰扫描件")))
			.hasStatusOk();

		assertThat(this.mvc.get().uri("/api/v1/organisations/" + id + "/verification").session(admin)).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").isEqualTo("REJECTED");
				assertThat(json).extractingPath("$.rejectionReason").isEqualTo("执照照片模糊，请重新上传清晰扫描件");
			});
		assertThat(upload(admin, id, new Upload("licence.png", Files.png()))).hasStatusOk();
		assertThat(post(admin, "/api/v1/organisations/" + id + "/verification-request")).hasStatusOk();
		assertThat(this.jdbc.sql("select detail from organisation_event where organisation_id = ? and kind = 'REJECTED'")
			.param(id)
			.query(String.class)
			.single()).as("the reason in the audit trail").isEqualTo("执照照片模糊，请重新上传清晰扫描件");
	}

	@Test
	void verificationCannotBeRequestedWithoutALicence() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);

		assertThat(post(this.fixtures.signIn(organisation.admin()),
				"/api/v1/organisations/" + organisation.organisationId() + "/verification-request"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("licenceMissing");
	}

	@Test
	void onlyAPendingOrganisationCanBeDecidedAndAVerifiedOneKeepsItsLicence() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.verify(organisation);
		MockHttpSession operator = this.fixtures.signIn(this.fixtures.operator());

		assertThat(decide(operator, organisation.organisationId(), Json.object("decision", "REJECT", "reason", "再想想")))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.verificationStatus")
			.isEqualTo("VERIFIED");
		assertThat(upload(this.fixtures.signIn(organisation.admin()), organisation.organisationId(),
				new Upload("new.pdf", Files.pdf())))
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void uploadsAreJudgedByTheirContentAndRefusedOnesLeaveNothingBehind() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		MockHttpSession admin = this.fixtures.signIn(organisation.admin());
		long id = organisation.organisationId();

		for (Upload refused : new Upload[] { new Upload("licence.pdf", Files.exe()),
				new Upload("licence.exe", Files.pdf()), new Upload("licence.pdf", new byte[0]),
				new Upload("licence.pdf", "just text".getBytes()),
				new Upload("big.pdf", Files.ofSize(Files.pdf(), 10 * 1024 * 1024 + 1)) }) {
			assertThat(upload(admin, id, refused)).as(refused.name())
				.hasStatus(HttpStatus.BAD_REQUEST)
				.bodyJson()
				.extractingPath("$.errors[0].field")
				.isEqualTo("file");
		}
		assertThat(this.jdbc.sql("select licence_document from organisation where id = ?")
			.param(id)
			.query(String.class)
			.optional()).as("licence recorded").isEmpty();
		assertThat(upload(admin, id, new Upload("scan", Files.png()))).as("a name without extension claims nothing")
			.hasStatusOk();
	}

	@Test
	void anUploadWithoutTheFilePartNamesIt() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);

		assertThat(this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart(HttpMethod.PUT, "/api/v1/organisations/" + organisation.organisationId() + "/licence")
			.file(new MockMultipartFile("document", "licence.pdf", "application/pdf", Files.pdf()))
			.with(csrf())
			.session(this.fixtures.signIn(organisation.admin()))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("file");
	}

	@Test
	void aReplacedLicenceIsRemovedFromTheStore() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		MockHttpSession admin = this.fixtures.signIn(organisation.admin());
		long id = organisation.organisationId();
		upload(admin, id, new Upload("first.pdf", Files.pdf()));
		String first = this.jdbc.sql("select licence_document from organisation where id = ?")
			.param(id)
			.query(String.class)
			.single();

		assertThat(upload(admin, id, new Upload("second.png", Files.png()))).hasStatusOk();

		String second = this.jdbc.sql("select licence_document from organisation where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(stored(second)).as("the new file").exists();
		assertThat(stored(first)).as("the replaced file").doesNotExist();
		assertThat(this.mvc.get().uri("/api/v1/organisations/" + id + "/licence").session(admin)).hasStatusOk()
			.hasContentType("image/png");
	}

	@Test
	void thePublicProfileShowsNeitherLicenceNorCreditCode() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.uploadLicence(organisation);

		assertThat(this.mvc.get().uri("/api/v1/organisations/" + organisation.organisationId())).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.region.name").isEqualTo("石鼓区");
				assertThat(json).extractingPath("$.verified").isEqualTo(false);
				assertThat(json).hasPath("$.profile");
				assertThat(json).doesNotHavePath("$.licence");
				assertThat(json).doesNotHavePath("$.creditCode");
			});
		assertThat(this.mvc.get().uri("/api/v1/organisations/987654321")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult upload(MockHttpSession session, long organisationId, Upload upload) {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart(HttpMethod.PUT, "/api/v1/organisations/" + organisationId + "/licence")
			.file(new MockMultipartFile("file", upload.name(), "application/pdf", upload.content()))
			.with(csrf())
			.session(session));
	}

	private MvcTestResult post(MockHttpSession session, String uri) {
		return this.mvc.post().uri(uri).with(csrf()).session(session).exchange();
	}

	private MvcTestResult decide(MockHttpSession session, long organisationId, String decision) {
		return this.mvc.post()
			.uri("/api/v1/operator/verifications/" + organisationId)
			.with(csrf())
			.session(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content(decision)
			.exchange();
	}

	private java.util.List<String> events(long organisationId) {
		return this.jdbc.sql("select kind from organisation_event where organisation_id = ? order by id")
			.param(organisationId)
			.query(String.class)
			.list();
	}

	private static java.nio.file.Path stored(String key) {
		return java.nio.file.Path.of(System.getProperty("hengqiao.data-dir", "data"), "files", key.substring(0, 2), key);
	}

	record Upload(String name, byte[] content) {
	}

}
