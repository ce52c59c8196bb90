package org.hengqiao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Map;

import org.hengqiao.testing.CreditCodes;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class RegistrationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registration registration;

	@Test
	void registeringAnOrganisationMakesTheRegistrantItsAdminAndLeavesItUnverified() {
		String email = Fixtures.email();
		String creditCode = CreditCodes.next();
		MvcTestResult result = register(person(email, Json.map("type", "ENTERPRISE", "nameZh", "衡阳有色冶炼有限公司",
				"nameEn", "Hengyang Smelting", "creditCode", creditCode, "regionCode", "430482", "industry", "C",
				"size", "MEDIUM", "website", "https://smelting.example.cn", "profile", "有色金属冶炼")));

		assertThat(result).hasStatus(HttpStatus.CREATED).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.membershipStatus").isEqualTo("ACTIVE");
			assertThat(json).extractingPath("$.organisationId").isNotNull();
		});
		assertThat(this.jdbc.sql("select verification_status from organisation where credit_code = ?")
			.param(creditCode)
			.query(String.class)
			.single()).as("a new organisation's status").isEqualTo("UNVERIFIED");
		assertThat(this.jdbc.sql("select r.role from account_role r join account a on a.id = r.account_id "
				+ "where a.email = ? order by r.role").param(email).query(String.class).list())
			.as("the registrant's roles")
			.containsExactly("MEMBER", "ORG_ADMIN");
	}

	@Test
	void askingToJoinByCreditCodeLeavesMembershipPendingWithoutRoles() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY);
		String email = Fixtures.email();

		MvcTestResult result = register(Json.with(person(email, null), "joinCreditCode",
				organisation.creditCode().toLowerCase()));

		assertThat(result).hasStatus(HttpStatus.CREATED).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.membershipStatus").isEqualTo("PENDING");
			assertThat(json).extractingPath("$.organisationId").asNumber().isEqualTo((int) organisation.organisationId());
		});
		assertThat(this.jdbc.sql("select count(*) from account_role r join account a on a.id = r.account_id "
				+ "where a.email = ?").param(email).query(Long.class).single())
			.as("roles of someone waiting to join")
			.isZero();
	}

	@Test
	void emailsAreUniqueWhateverTheirCase() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);

		assertThat(register(Json.with(person(organisation.admin().email().toUpperCase(), null), "joinCreditCode",
				organisation.creditCode())))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("email");
	}

	@Test
	void aRefusedRegistrationNamesEveryFieldToFixAndWritesNothing() {
		String email = Fixtures.email();
		String typo = CreditCodes.withTypo();
		long organisationsBefore = count("organisation");
		long accountsBefore = count("account");

		MvcTestResult result = register(Json.map("email", email, "displayName", "张三", "password", "woaini1314",
				"organisation", Json.map("type", "ENTERPRISE", "nameZh", "某公司", "creditCode", typo, "regionCode",
						"999999", "website", "ftp://example.cn")));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.code").isEqualTo("validation");
			assertThat(json).extractingPath("$.errors[*].field")
				.asArray()
				.as("fields named")
				.contains("organisation.website");
		});
		// Bean validation stops at the website pattern; fix it and the service names the rest.
		result = register(Json.map("email", email, "displayName", "张三", "password", "woaini1314", "organisation",
				Json.map("type", "ENTERPRISE", "nameZh", "某公司", "creditCode", typo, "regionCode", "999999")));
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.as("fields named")
			.containsExactlyInAnyOrder("password", "organisation.creditCode", "organisation.regionCode",
					"acceptedTermsVersion");
		assertThat(count("organisation")).as("organisations written").isEqualTo(organisationsBefore);
		assertThat(count("account")).as("accounts written").isEqualTo(accountsBefore);
	}

	@Test
	void anInvalidCreditCodeIsExplainedInTheCallersLanguage() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/registrations")
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.write(Json.with(person(Fixtures.email(), null), "joinCreditCode", CreditCodes.withTypo())))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.errors[0].field").isEqualTo("joinCreditCode");
			assertThat(json).extractingPath("$.errors[0].message").asString().contains("check character");
		});
	}

	@Test
	void joiningAnOrganisationThatIsNotRegisteredIsRefused() {
		assertThat(register(Json.with(person(Fixtures.email(), null), "joinCreditCode", CreditCodes.next())))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("joinCreditCode");
	}

	@Test
	void aCreditCodeCanBeRegisteredOnlyOnce() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);

		assertThat(register(person(Fixtures.email(), Json.map("type", "ENTERPRISE", "nameZh", "冒名公司", "creditCode",
				organisation.creditCode(), "regionCode", "430407"))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("organisation.creditCode");
	}

	@Test
	void eitherANewOrganisationOrACreditCodeToJoinIsRequired() {
		assertThat(register(person(Fixtures.email(), null))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("organisationOrJoin");
	}

	@Test
	void anUnknownEnumValueIsA400NamingTheField() {
		assertThat(register(person(Fixtures.email(), Json.map("type", "PIRATE_SHIP", "nameZh", "某公司", "creditCode",
				CreditCodes.next(), "regionCode", "430407"))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("organisation.type");
	}

	@Test
	void aValueOfTheWrongTypeIsA400NamingTheField() {
		assertThat(register(Json.with(person(Fixtures.email(), null), "organisation", "not an object")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("organisation");
	}

	@Test
	void hugeStringsAreRefusedByField() {
		// Two of these (300 KB each in UTF-8) stay under the 1 MB body limit: the fields are what is judged here.
		String huge = "衡".repeat(100_000);
		long accountsBefore = count("account");

		assertThat(register(Json.with(person(Fixtures.email(), Json.map("type", "ENTERPRISE", "nameZh", "某公司",
				"creditCode", CreditCodes.next(), "regionCode", "430407", "profile", huge)), "displayName", huge)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactlyInAnyOrder("displayName", "organisation.profile");
		assertThat(count("account")).isEqualTo(accountsBefore);
	}

	@Test
	void malformedJsonIsA400() {
		assertThat(this.mvc.post()
			.uri("/api/v1/registrations")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": "))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("unreadable");
	}

	@Test
	void regionsAreListedInTheCallersLanguageAndCanBeNarrowedToHengyang() {
		assertThat(this.mvc.get().uri("/api/v1/regions?parent=430400").header("Accept-Language", "en"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.length()").asNumber().isEqualTo(12);
				assertThat(json).extractingPath("$[?(@.code == '430421')].name").asArray().containsExactly(
						"Hengyang County");
			});
		assertThat(this.mvc.get().uri("/api/v1/regions?within=430000"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.code == '430482')].name")
			.asArray()
			.containsExactly("常宁市");
	}

	@Test
	void industrySectionsRunFromAToT() {
		assertThat(this.mvc.get().uri("/api/v1/catalogue/industries")).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.length()").asNumber().isEqualTo(20);
			assertThat(json).extractingPath("$[2].name").isEqualTo("制造业");
		});
	}

	private MvcTestResult register(Map<String, Object> form) {
		return this.mvc.post()
			.uri("/api/v1/registrations")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.write(form))
			.exchange();
	}

	private Map<String, Object> person(String email, Map<String, Object> organisation) {
		return Json.map("email", email, "displayName", "张三", "phone", "+86 734 1234567", "password",
				Fixtures.PASSWORD, "organisation", organisation, "acceptedTermsVersion",
				this.registration.currentTermsVersion());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
