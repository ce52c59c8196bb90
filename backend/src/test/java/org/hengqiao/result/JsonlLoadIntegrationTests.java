package org.hengqiao.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.Contact;
import org.hengqiao.posting.OrganisationNotVerified;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingStatus;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.JsonBody;
import org.hengqiao.testing.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HengqiaoIntegrationTest
class JsonlLoadIntegrationTests {

	static final Contact CONTACT = new Contact("技术转移中心", "0734-8281234", null);

	@Autowired
	ResultImport resultImport;

	@Autowired
	PostingDocuments documents;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	long university;

	@BeforeEach
	void setUp() {
		this.university = new Organisations(this.jdbc).verified(OrganisationType.UNIVERSITY, "衡阳文献大学");
	}

	@Test
	void loadsRecordsAsPublishedResultsKeepingTheirDiscipline() throws IOException {
		Path file = write(record("csl-t-1", "稀土掺杂铜合金的制备与性能", "材料科学与工程", "工学",
				List.of("铜合金", "稀土", "一个远远超过二十个字符长度限制的非常非常长的关键词")),
				"", record("csl-t-2", "中药复方治疗慢性胃炎的临床研究", "中医学/中药学", "医学", List.of("中药")));

		ImportReport report = this.resultImport.importJsonl(file, this.university, ImportOptions.of(CONTACT).published());

		assertThat(report.created()).isEqualTo(2);
		assertThat(report.failures()).isEmpty();
		PostingDocument alloy = this.documents.find(report.postingIds().get("csl-t-1")).orElseThrow();
		assertThat(alloy.status()).isEqualTo(PostingStatus.PUBLISHED);
		assertThat(alloy.fieldCode()).isEqualTo("MAT.FUNCTIONAL");
		assertThat(alloy.keywords()).as("over-long keywords are left out").containsExactly("铜合金", "稀土");
		assertThat(alloy.regionCode()).as("the organisation's region").isEqualTo("430407");
		assertThat(this.documents.find(report.postingIds().get("csl-t-2")).orElseThrow().fieldCode()).isEqualTo("BIO.TCM");
		assertThat(this.jdbc.sql("select discipline || '/' || category from posting where id = ?")
			.param(report.postingIds().get("csl-t-2"))
			.query(String.class)
			.single()).isEqualTo("中医学/中药学/医学");
	}

	@Test
	void loadingTheSameFileAgainChangesNothing() throws IOException {
		Path file = write(record("csl-t-3", "基于深度学习的输电线路缺陷检测", "电气工程", "工学", List.of("输电线路")));
		ImportReport first = this.resultImport.importJsonl(file, this.university, ImportOptions.of(CONTACT).published());

		ImportReport second = this.resultImport.importJsonl(file, this.university, ImportOptions.of(CONTACT).published());

		assertThat(second.created()).isZero();
		assertThat(second.unchanged()).isEqualTo(1);
		assertThat(second.postingIds()).isEqualTo(first.postingIds());
	}

	@Test
	void reportsRecordsItCannotLoadAndLoadsTheRest() throws IOException {
		Path file = write("{not json", record("csl-t-4", "", "数学", "理学", List.of()),
				record("csl-t-5", "某种未知学科的研究", "炼金术", "玄学", List.of()),
				record("csl-t-6", "偏微分方程数值解法", "数学", "理学", List.of("数值解")));

		ImportReport report = this.resultImport.importJsonl(file, this.university, ImportOptions.of(CONTACT));

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.failures()).extracting(ImportReport.Failure::line).containsExactly(1, 2, 3);
		assertThat(this.documents.find(report.postingIds().get("csl-t-6")).orElseThrow().status())
			.as("drafts unless asked to publish")
			.isEqualTo(PostingStatus.DRAFT);
	}

	@Test
	void refusesToPublishForAnUnverifiedOrganisation() throws IOException {
		long unverified = new Organisations(this.jdbc).unverified(OrganisationType.UNIVERSITY, "未认证文献大学");
		Path file = write(record("csl-t-7", "标题", "数学", "理学", List.of()));

		assertThatExceptionOfType(OrganisationNotVerified.class)
			.isThrownBy(() -> this.resultImport.importJsonl(file, unverified, ImportOptions.of(CONTACT).published()));
	}

	// How fast is a benchmark figure (bin/bench-relevance prints the import time), not an assertion here.
	@Test
	void loadsAThousandRecordsInOneImport() throws IOException {
		String[] lines = IntStream.range(0, 1000)
			.mapToObj(i -> record("csl-bulk-" + i, "有色金属冶炼废水中重金属回收技术研究 " + i, "冶金工程", "工学",
					List.of("重金属", "废水", "回收")))
			.toArray(String[]::new);
		Path file = write(lines);

		ImportReport report = this.resultImport.importJsonl(file, this.university, ImportOptions.of(CONTACT).published());

		assertThat(report.created()).isEqualTo(1000);
		assertThat(report.failures()).isEmpty();
	}

	private Path write(String... lines) throws IOException {
		Path file = this.directory.resolve("records-" + System.nanoTime() + ".jsonl");
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return file;
	}

	private static String record(String id, String title, String discipline, String category, List<String> keywords) {
		return JsonBody.json(Map.of("id", id, "title", title, "abstract",
				"本文研究了" + title + "，实验结果表明所提方法有效，具有良好的工程应用前景。", "keywords", keywords, "discipline",
				discipline, "category", category));
	}

}
