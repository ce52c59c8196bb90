package org.hengqiao.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;
import static org.hengqiao.testing.Acting.as;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.Acting;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

@HengqiaoIntegrationTest
@RecordApplicationEvents
class PostingAttachmentIntegrationTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	PostingApi needs;

	Actor owner;

	Actor operator;

	@BeforeEach
	void setUp() {
		this.needs = PostingApi.needs(this.mvc);
		this.owner = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "衡阳附件测试企业"), true);
		this.operator = Organisations.operator();
	}

	@Test
	void theOwnerAttachesListsDownloadsAndRemovesAFile() throws Exception {
		long id = this.needs.draft(this.owner, aNeed());

		MvcTestResult added = upload(as(this.owner), id, "工艺说明 v2.pdf", PDF);
		assertThat(added).hasStatus(HttpStatus.CREATED).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.fileName").isEqualTo("工艺说明 v2.pdf");
			assertThat(json).extractingPath("$.contentType").isEqualTo("application/pdf");
			assertThat(json).extractingPath("$.sizeBytes").isEqualTo(PDF.length);
		});
		long attachment = ((Number) JsonPath.read(PostingApi.body(added), "$.id")).longValue();

		assertThat(this.needs.get(as(this.owner), id)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.attachments[0].id").isEqualTo((int) attachment);
			assertThat(json).extractingPath("$.version").as("an attachment is a change of the posting").isEqualTo(1);
		});
		MvcTestResult download = this.mvc.get().uri(url(id) + "/" + attachment).with(as(this.owner)).exchange();
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		assertThat(download.getResponse().getHeader("Content-Disposition")).contains("attachment", "UTF-8");

		assertThat(this.mvc.delete().uri(url(id) + "/" + attachment).with(as(this.owner)))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri(url(id)).with(as(this.owner))).bodyJson().extractingPath("$").asArray().isEmpty();
		assertThat(this.jdbc.sql("select action from posting_audit where posting_id = ? order by id")
			.param(id)
			.query(String.class)
			.list()).containsExactly("CREATED", "ATTACHMENT_ADDED", "ATTACHMENT_REMOVED");
	}

	@Test
	void judgesTheTypeByContentNotByName() {
		long id = this.needs.draft(this.owner, aNeed());
		byte[] executable = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };

		assertRefused(upload(as(this.owner), id, "报告.pdf", executable));
		assertRefused(upload(as(this.owner), id, "照片.pdf", PNG));
		assertThat(upload(as(this.owner), id, "照片.png", PNG)).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.extractingPath("$.contentType")
			.isEqualTo("image/png");
	}

	@Test
	void refusesFilesOverTenMegabytes() {
		long id = this.needs.draft(this.owner, aNeed());
		byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);

		assertRefused(upload(as(this.owner), id, "大文件.pdf", large));
		assertThat(this.jdbc.sql("select count(*) from posting_attachment where posting_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void attachingToAPublishedNeedSendsItBackToReview() {
		long id = this.needs.published(this.owner, this.operator, aNeed());
		this.events.clear();

		upload(as(this.owner), id, "补充材料.pdf", PDF);

		assertThat(this.needs.get(as(this.owner), id)).bodyJson().extractingPath("$.status").isEqualTo("SUBMITTED");
		assertThat(this.events.stream(PostingChanged.class).filter(event -> event.postingId() == id)).hasSize(1);
	}

	@Test
	void othersCannotAttachOrRemove() {
		long id = this.needs.published(this.owner, this.operator, aNeed());
		Actor stranger = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "别家企业"), true);

		assertThat(upload(as(stranger), id, "x.pdf", PDF)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(upload(as(this.operator), id, "x.pdf", PDF)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(upload(Acting.anonymous(), id, "x.pdf", PDF)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	private MvcTestResult upload(RequestPostProcessor who, long id, String name, byte[] content) {
		return this.mvc.post()
			.uri(url(id))
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(who)
			.exchange();
	}

	private static String url(long id) {
		return "/api/v1/needs/" + id + "/attachments";
	}

	private static void assertRefused(MvcTestResult result) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
	}

}
