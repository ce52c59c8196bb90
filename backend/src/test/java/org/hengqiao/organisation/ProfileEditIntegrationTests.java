package org.hengqiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Founded;
import org.hengqiao.testing.Json;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class ProfileEditIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminEditsTheProfileBasedOnTheCurrentVersion() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		MockHttpSession admin = this.fixtures.signIn(organisation.admin());
		long version = version(organisation);

		assertThat(edit(admin, organisation, version, "衡阳新名称有限公司", "https://new.example.cn")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.nameZh").isEqualTo("衡阳新名称有限公司");
				assertThat(json).extractingPath("$.industry.name").isEqualTo("制造业");
				assertThat(json).extractingPath("$.region.code").isEqualTo("430421");
				assertThat(json).extractingPath("$.version").asNumber().isEqualTo((int) version + 1);
			});
	}

	@Test
	void anEditBasedOnAStaleVersionIsA409WithTheCurrentVersion() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		MockHttpSession admin = this.fixtures.signIn(organisation.admin());
		long version = version(organisation);
		edit(admin, organisation, version, "第一次修改", null);

		assertThat(edit(admin, organisation, version, "基于旧版本的修改", null)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo("concurrentEdit");
				assertThat(json).extractingPath("$.currentVersion").asNumber().isEqualTo((int) version + 1);
			});
	}

	@Test
	void ofTwoConcurrentEditsOfTheSameVersionOneWinsAndTheOtherIsA409() throws Exception {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		MockHttpSession admin = this.fixtures.signIn(organisation.admin());
		long version = version(organisation);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> edits = new ArrayList<>();
		for (String name : List.of("甲方案", "乙方案")) {
			edits.add(() -> {
				start.await();
				return edit(admin, organisation, version, name, null).getResponse().getStatus();
			});
		}

		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			List<Future<Integer>> results = edits.stream().map(pool::submit).toList();
			start.countDown();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
		}

		assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		assertThat(version(organisation)).isEqualTo(version + 1);
	}

	@Test
	void theChineseNameIsFixedOnceVerificationWasRequested() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.requestVerification(organisation);

		assertThat(edit(this.fixtures.signIn(organisation.admin()), organisation, version(organisation), "改名公司",
				null))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("nameZh");
	}

	@Test
	void aVerifiedOrganisationKeepsWhoItIs() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		this.fixtures.verify(organisation);
		MockHttpSession admin = this.fixtures.signIn(organisation.admin());
		Map<String, Object> before = identity(organisation);

		assertThat(put(admin, organisation, Json.object("version", version(organisation), "nameZh",
				before.get("name_zh"), "nameEn", "Tsinghua University", "regionCode", "430407")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("nameEn");
		// The type and the credit code are not part of a profile edit: sent anyway, they change nothing.
		put(admin, organisation, Json.object("version", version(organisation), "nameZh", before.get("name_zh"),
				"regionCode", "430407", "type", "UNIVERSITY", "creditCode", "12100000400000624D"));
		assertThat(identity(organisation)).isEqualTo(before);
	}

	@Test
	void badFieldsAreNamedAndNothingChanges() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		MockHttpSession admin = this.fixtures.signIn(organisation.admin());
		long version = version(organisation);

		assertThat(put(admin, organisation, Json.object("version", "three", "nameZh", "某公司", "regionCode", "430407")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("version");
		assertThat(put(admin, organisation, Json.object("version", version, "nameZh", "某公司", "regionCode", "430499",
				"size", "GIGANTIC")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("size");
		assertThat(put(admin, organisation, Json.object("version", version, "nameZh", "某公司", "regionCode", "430499")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("regionCode");
		assertThat(version(organisation)).isEqualTo(version);
	}

	private Map<String, Object> identity(Founded organisation) {
		return this.jdbc.sql("select name_zh, name_en, type, credit_code, verification_status from organisation where id = ?")
			.param(organisation.organisationId())
			.query()
			.singleRow();
	}

	private long version(Founded organisation) {
		return this.jdbc.sql("select version from organisation where id = ?")
			.param(organisation.organisationId())
			.query(Long.class)
			.single();
	}

	private MvcTestResult edit(MockHttpSession session, Founded organisation, long version, String nameZh,
			String website) {
		return put(session, organisation, Json.object("version", version, "nameZh", nameZh, "nameEn", "Renamed",
				"regionCode", "430421", "industry", "C", "size", "SMALL", "website", website, "profile", "新简介"));
	}

	private MvcTestResult put(MockHttpSession session, Founded organisation, String body) {
		return this.mvc.put()
			.uri("/api/v1/organisations/" + organisation.organisationId())
			.with(csrf())
			.session(session)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
