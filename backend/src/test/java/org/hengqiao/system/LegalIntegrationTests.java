package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;

import org.hengqiao.testing.CreditCodes;
import org.hengqiao.testing.Fixtures;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Consent at registration (PIPL): the terms and the privacy policy are published in both languages with their
 * version, a registration must accept the current version, and the account records what it accepted and when.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class LegalIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LegalDocuments legal;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTermsAndThePrivacyPolicyArePublishedInTheReadersLanguageWithTheirVersion() {
		assertThat(this.mvc.get().uri("/api/v1/legal/terms").header("Accept-Language", "zh-CN"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.version").isEqualTo(this.legal.currentVersion());
				assertThat(json).extractingPath("$.text").asString().startsWith("# 衡桥用户协议");
			});
		assertThat(this.mvc.get().uri("/api/v1/legal/privacy").header("Accept-Language", "en"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.text")
			.asString()
			.startsWith("# Hengqiao privacy policy")
			.contains("PIPL");
		assertThat(this.mvc.get().uri("/api/v1/legal/cookies")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("legalDocumentNotFound");
	}

	@Test
	void aRegistrationWithoutConsentIsRefusedNamingTheFieldAndSavesNothing() {
		String email = Fixtures.email();

		MvcTestResult refused = register(registration(email, null));

		assertThat(refused).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.errors[0].field").isEqualTo("acceptedTermsVersion");
			assertThat(json).extractingPath("$.errors[0].message").asString().contains("用户协议");
		});
		assertThat(accounts(email)).as("accounts saved").isZero();
	}

	@Test
	void consentToAnOlderVersionIsRefused() {
		String email = Fixtures.email();

		assertThat(register(registration(email, "2020-01-01"))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("acceptedTermsVersion");
		assertThat(accounts(email)).as("accounts saved").isZero();
	}

	@Test
	void theAccountRecordsTheVersionAcceptedAndWhen() {
		String email = Fixtures.email();

		assertThat(register(registration(email, this.legal.currentVersion()))).hasStatus(HttpStatus.CREATED);

		Map<String, Object> consent = this.jdbc
			.sql("select terms_version, terms_accepted_at from account where email = ?")
			.param(email)
			.query()
			.singleRow();
		assertThat(consent.get("terms_version")).isEqualTo(this.legal.currentVersion());
		assertThat(consent.get("terms_accepted_at")).as("when it was accepted").isNotNull();
	}

	private MvcTestResult register(Map<String, Object> body) {
		return this.mvc.post()
			.uri("/api/v1/registrations")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content(Json.write(body))
			.exchange();
	}

	private long accounts(String email) {
		return this.jdbc.sql("select count(*) from account where email = ?").param(email).query(Long.class).single();
	}

	private static Map<String, Object> registration(String email, String acceptedTermsVersion) {
		Map<String, Object> organisation = Json.map("type", "ENTERPRISE", "nameZh", "衡阳示例科技有限公司", "creditCode",
				CreditCodes.next(), "regionCode", "430407", "industry", "C", "size", "SMALL");
		return Json.map("email", email, "displayName", "李四", "password", Fixtures.PASSWORD, "organisation",
				organisation, "acceptedTermsVersion", acceptedTermsVersion);
	}

}
