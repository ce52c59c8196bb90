package org.hengqiao.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.result.ImportFiles.aFile;
import static org.hengqiao.result.ImportFiles.aRow;
import static org.hengqiao.testing.Acting.as;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.JsonBody;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

@HengqiaoIntegrationTest
class ResultImportIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(ResultImportIntegrationTests.class);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	long university;

	Actor tto;

	@BeforeEach
	void setUp() {
		this.university = new Organisations(this.jdbc).verified(OrganisationType.UNIVERSITY, "衡阳导入测试大学");
		this.tto = Organisations.memberOf(this.university, true);
	}

	@Test
	void importsAGoodCsvFileAsDrafts() {
		MvcTestResult validation = upload(this.tto, "results.csv",
				aFile().withByteOrderMark().rows("CSV", 3).csv());

		assertThat(validation).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.totalRows").isEqualTo(3);
			assertThat(json).extractingPath("$.validRows").isEqualTo(3);
			assertThat(json).extractingPath("$.errors").asArray().isEmpty();
		});
		assertThat(results()).as("validation writes no results").isZero();

		assertThat(commit(this.tto, id(validation), "VALID_ROWS", false)).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.status").isEqualTo("COMPLETED");
			assertThat(json).extractingPath("$.created").isEqualTo(3);
			assertThat(json).extractingPath("$.processedRows").isEqualTo(3);
		});
		assertThat(this.jdbc.sql("select status from posting where organisation_id = ?")
			.param(this.university)
			.query(String.class)
			.list()).containsOnly("DRAFT").hasSize(3);
		assertThat(this.jdbc.sql("""
				select count(*) from posting p join result_patent ip on ip.posting_id = p.id
				where p.organisation_id = ? and ip.ip_number = '201710601862.3' and ip.ip_status = 'GRANTED'""")
			.param(this.university)
			.query(Long.class)
			.single()).as("patents read from number|type|status").isEqualTo(3);
	}

	@Test
	void importsAGoodWorkbookWithItsEnglishHeaderLineAndNumericCells() {
		MvcTestResult validation = upload(this.tto, "results.xlsx", aFile().rows("XLSX", 2).xlsx());

		assertThat(validation).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.totalRows").as("the English header line is not a row").isEqualTo(2);
			assertThat(json).extractingPath("$.validRows").isEqualTo(2);
		});
		commit(this.tto, id(validation), "VALID_ROWS", true);

		assertThat(this.jdbc.sql("select status || ' ' || trl || ' ' || region_code || ' ' || min_yuan from posting where organisation_id = ?")
			.param(this.university)
			.query(String.class)
			.list()).as("submitted for review, numbers read from numeric cells")
			.containsOnly("SUBMITTED 6 430406 800000");
	}

	@Test
	void reportsBadRowsByRowAndColumnAndImportsOnlyTheValidOnes() {
		Map<ImportColumn, String> badField = aRow("BAD-1");
		badField.put(ImportColumn.FIELD, "宇宙采矿");
		Map<ImportColumn, String> badPatent = aRow("BAD-2");
		badPatent.put(ImportColumn.PATENTS, "201710601862.4|发明|已授权");
		badPatent.put(ImportColumn.TRL, "十");
		byte[] file = aFile().row(aRow("OK-1")).row(badField).row(badPatent).row(aRow("OK-1")).row(aRow("OK-2")).csv();

		MvcTestResult validation = upload(this.tto, "mixed.csv", file);

		assertThat(validation).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.totalRows").isEqualTo(5);
			assertThat(json).extractingPath("$.validRows").isEqualTo(2);
			assertThat(json).extractingPath("$.errors[*].row")
				.asInstanceOf(InstanceOfAssertFactories.list(Integer.class))
				.as("the header is row 1")
				.containsExactlyInAnyOrder(3, 4, 4, 5);
			assertThat(json).extractingPath("$.errors[?(@.row == 3)].column").asArray().containsExactly("技术领域");
			assertThat(json).extractingPath("$.errors[?(@.row == 4)].column").asArray()
				.containsExactlyInAnyOrder("技术成熟度（1-9）", "知识产权");
			assertThat(json).extractingPath("$.errors[?(@.row == 5)].message").asArray()
				.singleElement()
				.asString()
				.contains("OK-1");
		});

		assertThat(commit(this.tto, id(validation), "VALID_ROWS", false)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.created").isEqualTo(2);
			assertThat(json).extractingPath("$.failed").isEqualTo(3);
			assertThat(json).extractingPath("$.submitted").isEqualTo(false);
			assertThat(json).extractingPath("$.postingIds")
				.asInstanceOf(InstanceOfAssertFactories.list(Integer.class))
				.as("the results created, in file order, so the workbench can offer to submit them")
				.containsExactlyElementsOf(this.jdbc
					.sql("select id from posting where external_id in ('OK-1', 'OK-2') and organisation_id = ? order by external_id")
					.param(this.university)
					.query(Integer.class)
					.list());
		});
		assertThat(externalIds()).containsExactlyInAnyOrder("OK-1", "OK-2");
	}

	@Test
	void reportsCellsWithControlCharactersOrBidiOverridesAsRowErrorsNamingTheColumn() {
		Map<ImportColumn, String> override = aRow("BIDI-1");
		override.put(ImportColumn.TITLE, "报价\u202Efdp.exe");
		// A C1 control: one XML 1.0 allows, so the workbook can carry it (C0 controls are not XML characters).
		Map<ImportColumn, String> control = aRow("CTRL-1");
		control.put(ImportColumn.ABSTRACT, "摘要\u0085第二段");
		for (String name : List.of("unclean.csv", "unclean.xlsx")) {
			ImportFiles file = aFile().row(aRow("CLEAN-1")).row(override).row(control);
			assertThat(upload(this.tto, name, name.endsWith(".csv") ? file.csv() : file.xlsx())).as(name)
				.hasStatusOk()
				.bodyJson()
				.satisfies(json -> {
					assertThat(json).extractingPath("$.validRows").as("only the clean row").isEqualTo(1);
					assertThat(json).extractingPath("$.errors[?(@.column == '%s')].message"
						.formatted(ImportColumn.TITLE.chinese())).asArray().singleElement().asString().contains("U+202E");
					assertThat(json).extractingPath("$.errors[?(@.column == '%s')].message"
						.formatted(ImportColumn.ABSTRACT.chinese())).asArray().singleElement().asString().contains("U+202E");
				});
		}
	}

	@Test
	void importsNothingWhenAskedTo() {
		MvcTestResult validation = upload(this.tto, "results.csv", aFile().rows("NONE", 2).csv());

		assertThat(commit(this.tto, id(validation), "NOTHING", false)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("DISCARDED");
		assertThat(results()).isZero();
		assertThat(commit(this.tto, id(validation), "VALID_ROWS", false)).as("a discarded import stays discarded")
			.hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void reimportingUpdatesChangedRowsAndLeavesUnchangedOnesAlone() {
		commit(this.tto, id(upload(this.tto, "v1.csv", aFile().rows("RE", 3).csv())), "VALID_ROWS", false);
		Map<ImportColumn, String> changed = aRow("RE-2");
		changed.put(ImportColumn.TITLE, "改过名字的成果");

		MvcTestResult second = commit(this.tto,
				id(upload(this.tto, "v2.csv", aFile().row(aRow("RE-1")).row(changed).row(aRow("RE-3")).csv())),
				"VALID_ROWS", false);

		assertThat(second).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.created").isEqualTo(0);
			assertThat(json).extractingPath("$.updated").isEqualTo(1);
			assertThat(json).extractingPath("$.unchanged").isEqualTo(2);
		});
		assertThat(results()).as("no duplicates").isEqualTo(3);
		assertThat(this.jdbc.sql("select version from posting where organisation_id = ? and external_id = 'RE-1'")
			.param(this.university)
			.query(Long.class)
			.single()).as("an unchanged row is not touched").isZero();
		assertThat(this.jdbc.sql("select title from posting where organisation_id = ? and external_id = 'RE-2'")
			.param(this.university)
			.query(String.class)
			.single()).isEqualTo("改过名字的成果");
	}

	@Test
	void refusesFilesThatAreNotCsvOrXlsx() {
		byte[] junk = new byte[2048];
		new java.util.Random(7).nextBytes(junk);
		junk[0] = 0;

		assertRefused(upload(this.tto, "results.csv", junk), "无法读取文件");
		assertRefused(upload(this.tto, "results.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }), "无法读取文件");
		assertRefused(upload(this.tto, "old.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }),
				".xlsx");
		assertRefused(upload(this.tto, "empty.csv", new byte[0]), "空");
		assertThat(this.jdbc.sql("select count(*) from import_job where organisation_id = ?")
			.param(this.university)
			.query(Long.class)
			.single()).as("nothing staged").isZero();
	}

	@Test
	void refusesFilesWithWrongHeaders() {
		assertRefused(upload(this.tto, "results.csv", aFile().withoutColumn(ImportColumn.TITLE).rows("H", 1).csv()),
				"成果名称");
		assertRefused(upload(this.tto, "results.csv", "成果编号,成果名称,颜色\nA,B,C\n".getBytes(StandardCharsets.UTF_8)),
				"颜色");
	}

	@Test
	void refusesFilesWithTooManyRows() {
		StringBuilder csv = new StringBuilder(new String(aFile().csv(), StandardCharsets.UTF_8));
		String line = String.join(",", java.util.Arrays.stream(ImportColumn.values()).map(c -> "x").toList()) + "\n";
		csv.append(line.repeat(10_001));

		assertRefused(upload(this.tto, "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), "10000");
	}

	@Test
	void theTemplatesImportAsTheyAre() {
		for (String format : List.of("csv", "xlsx")) {
			MvcTestResult template = this.mvc.get().uri("/api/v1/results/import/template?format=" + format).exchange();
			assertThat(template).hasStatusOk().hasHeader("Content-Disposition",
					"attachment; filename=\"hengqiao-results-template." + format + "\"");

			MvcTestResult validation = upload(this.tto, "template." + format, template.getResponse().getContentAsByteArray());

			assertThat(validation).as(format).hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.totalRows").isEqualTo(1);
				assertThat(json).extractingPath("$.validRows").isEqualTo(1);
			});
		}
	}

	@Test
	void runsLargeCommitsInTheBackgroundWithProgress() throws Exception {
		MvcTestResult validation = upload(this.tto, "large.csv", aFile().rows("BIG", 600).csv());

		MvcTestResult commit = commit(this.tto, id(validation), "VALID_ROWS", false);
		assertThat(commit).hasStatus(HttpStatus.ACCEPTED).bodyJson().extractingPath("$.status").isEqualTo("RUNNING");

		String status = "RUNNING";
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		String progress = "";
		while ("RUNNING".equals(status) && System.nanoTime() < deadline) {
			Thread.sleep(200);
			progress = PostingApi.body(this.mvc.get()
				.uri("/api/v1/results/import/" + id(validation))
				.with(as(this.tto))
				.exchange());
			status = JsonPath.read(progress, "$.status");
		}
		assertThat(status).isEqualTo("COMPLETED");
		assertThat((Integer) JsonPath.read(progress, "$.created")).isEqualTo(600);
		assertThat((Integer) JsonPath.read(progress, "$.processedRows")).isEqualTo(600);
		assertThat(results()).isEqualTo(600);
	}

	/**
	 * A full catalogue: 10,000 rows whose abstracts are 1,000 Chinese characters (3 bytes each in UTF-8) make a
	 * file over 30 MB, which the former 20 MB limit refused.
	 */
	@Test
	void importsAFullCatalogueWithLongAbstractsInTheBackground() throws Exception {
		String longAbstract = "针对湘南地区低品位氧化铅锌矿难选问题，研发硫化浮选与湿法浸出联合工艺，锌回收率提高十二个百分点。".repeat(21)
			.substring(0, 1000);
		ImportFiles catalogue = aFile();
		for (int i = 1; i <= ImportFileReader.MAX_ROWS; i++) {
			Map<ImportColumn, String> row = aRow("FULL-" + i);
			row.put(ImportColumn.ABSTRACT, longAbstract);
			catalogue.row(row);
		}
		byte[] csv = catalogue.csv();
		assertThat(csv.length).as("file size").isGreaterThan(30 * 1024 * 1024);

		long started = System.nanoTime();
		MvcTestResult validation = upload(this.tto, "catalogue.csv", csv);
		assertThat(validation).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.totalRows").isEqualTo(ImportFileReader.MAX_ROWS);
			assertThat(json).extractingPath("$.validRows").isEqualTo(ImportFileReader.MAX_ROWS);
		});
		long validated = System.nanoTime();
		assertThat(commit(this.tto, id(validation), "VALID_ROWS", false)).hasStatus(HttpStatus.ACCEPTED);

		List<Integer> processed = new ArrayList<>();
		String progress = followProgress(id(validation), Duration.ofMinutes(10), processed);
		long completed = System.nanoTime();
		log.info("Imported {} rows ({} MB): validation {} ms, background commit {} ms", ImportFileReader.MAX_ROWS,
				csv.length / 1024 / 1024, (validated - started) / 1_000_000, (completed - validated) / 1_000_000);

		assertThat((String) JsonPath.read(progress, "$.status")).isEqualTo("COMPLETED");
		assertThat((Integer) JsonPath.read(progress, "$.created")).isEqualTo(ImportFileReader.MAX_ROWS);
		assertThat(processed).as("progress while running").isSorted();
		assertThat(results()).isEqualTo(ImportFileReader.MAX_ROWS);
	}

	@Test
	void theImportTakesLargerUploadsThanOtherEndpoints() {
		byte[] thirtyMegabytes = new byte[30 * 1024 * 1024];

		assertThat(this.mvc.post()
			.uri("/api/v1/results/1/attachments")
			.with(as(this.tto))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.content(thirtyMegabytes)).as("an attachment upload of 30 MB")
			.hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("upload.tooLarge");
		assertThat(this.mvc.post()
			.uri("/api/v1/results/import")
			.with(as(this.tto))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.content(thirtyMegabytes)).as("an import upload of 30 MB (not a valid multipart body)")
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void onlyMembersOfAnOrganisationImportAndOnlyTheySeeTheirImports() {
		assertThat(upload(Organisations.broker(), "results.csv", aFile().rows("B", 1).csv()))
			.hasStatus(HttpStatus.FORBIDDEN);
		MvcTestResult validation = upload(this.tto, "results.csv", aFile().rows("MINE", 1).csv());
		Actor stranger = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.UNIVERSITY, "别的大学"), true);

		assertThat(this.mvc.get().uri("/api/v1/results/import/" + id(validation)).with(as(stranger)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(commit(stranger, id(validation), "VALID_ROWS", false)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anUnverifiedOrganisationCannotSubmitImportedResults() {
		long newcomer = new Organisations(this.jdbc).unverified(OrganisationType.UNIVERSITY, "待认证大学");
		Actor member = Organisations.memberOf(newcomer, false);
		MvcTestResult validation = upload(member, "results.csv", aFile().rows("U", 1).csv());

		assertThat(commit(member, id(validation), "VALID_ROWS", true)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("organisationNotVerified");
		assertThat(commit(member, id(validation), "VALID_ROWS", false)).as("drafts are fine").hasStatusOk();
	}

	@Test
	void refusesAnUnknownCommitMode() {
		MvcTestResult validation = upload(this.tto, "results.csv", aFile().rows("M", 1).csv());

		assertThat(this.mvc.post()
			.uri("/api/v1/results/import/" + id(validation) + "/commit")
			.with(as(this.tto))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mode\":\"EVERYTHING\"}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("mode");
	}

	/** Polls the progress until the import leaves RUNNING, noting the processed rows seen on the way. */
	private String followProgress(String importId, Duration timeout, List<Integer> processed) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		String progress;
		do {
			Thread.sleep(200);
			progress = PostingApi.body(this.mvc.get().uri("/api/v1/results/import/" + importId).with(as(this.tto)).exchange());
			processed.add(JsonPath.read(progress, "$.processedRows"));
		}
		while ("RUNNING".equals(JsonPath.read(progress, "$.status")) && System.nanoTime() < deadline);
		return progress;
	}

	private MvcTestResult upload(Actor who, String name, byte[] content) {
		return this.mvc.post()
			.uri("/api/v1/results/import")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(as(who))
			.exchange();
	}

	private MvcTestResult commit(Actor who, String importId, String mode, boolean submit) {
		return this.mvc.post()
			.uri("/api/v1/results/import/" + importId + "/commit")
			.with(as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JsonBody.json(Map.of("mode", mode, "submit", submit)))
			.exchange();
	}

	private static String id(MvcTestResult validation) {
		return JsonPath.read(PostingApi.body(validation), "$.importId");
	}

	private static void assertRefused(MvcTestResult result, String messagePart) {
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.errors[0].field").isEqualTo("file");
				assertThat(json).extractingPath("$.errors[*].message")
					.asInstanceOf(InstanceOfAssertFactories.list(String.class))
					.anySatisfy(message -> assertThat(message).contains(messagePart));
			});
	}

	private long results() {
		return this.jdbc.sql("select count(*) from posting where organisation_id = ?")
			.param(this.university)
			.query(Long.class)
			.single();
	}

	private List<String> externalIds() {
		return this.jdbc.sql("select external_id from posting where organisation_id = ?")
			.param(this.university)
			.query(String.class)
			.list();
	}

}
