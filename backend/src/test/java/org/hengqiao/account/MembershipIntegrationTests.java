package org.hengqiao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Founded;
import org.hengqiao.testing.Fixtures.Person;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class MembershipIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountDirectory directory;

	@Test
	void anAdminApprovesAJoinRequestAndTheApplicantBecomesAMember() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.UNIVERSITY);
		Person applicant = this.fixtures.applicant(organisation);
		MockHttpSession admin = this.fixtures.signIn(organisation.admin());
		MockHttpSession applicantSession = this.fixtures.signIn(applicant);
		String base = "/api/v1/organisations/" + organisation.organisationId();

		assertThat(this.mvc.get().uri(base + "/join-requests").session(admin)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].accountId")
			.asArray()
			.containsExactly((int) applicant.accountId());
		assertThat(this.mvc.post().uri(base + "/join-requests/" + applicant.accountId()).with(csrf()).session(admin))
			.hasStatus(HttpStatus.NO_CONTENT);

		assertThat(this.mvc.get().uri(base + "/members").session(admin)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].accountId")
			.asArray()
			.contains((int) applicant.accountId());
		assertThat(this.mvc.get().uri("/api/v1/session").session(applicantSession)).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.membershipStatus").isEqualTo("ACTIVE");
				assertThat(json).extractingPath("$.roles").asArray().containsExactly("MEMBER");
			});
		assertThat(this.directory.find(applicant.accountId())).get()
			.extracting(org.hengqiao.account.Person::organisationId)
			.isEqualTo(organisation.organisationId());
		assertThat(this.mvc.post().uri(base + "/join-requests/" + applicant.accountId()).with(csrf()).session(admin))
			.as("approving twice")
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aDeclinedApplicantBelongsToNoOrganisation() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Person applicant = this.fixtures.applicant(organisation);

		assertThat(this.mvc.delete()
			.uri("/api/v1/organisations/" + organisation.organisationId() + "/join-requests/" + applicant.accountId())
			.with(csrf())
			.session(this.fixtures.signIn(organisation.admin()))).hasStatus(HttpStatus.NO_CONTENT);

		assertThat(this.mvc.get().uri("/api/v1/session").session(this.fixtures.signIn(applicant))).bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.organisationId").isNull();
				assertThat(json).extractingPath("$.membershipStatus").isNull();
			});
		assertThat(this.jdbc.sql("select kind from organisation_event where organisation_id = ? and account_id = ?")
			.param(organisation.organisationId())
			.param(applicant.accountId())
			.query(String.class)
			.list()).containsExactly("JOIN_DECLINED");
	}

	@Test
	void theLastAdminCannotBeRevokedButOneOfTwoCan() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Person member = this.fixtures.member(organisation);
		MockHttpSession admin = this.fixtures.signIn(organisation.admin());
		String admins = "/api/v1/organisations/" + organisation.organisationId() + "/admins/";

		assertThat(this.mvc.delete().uri(admins + organisation.admin().accountId()).with(csrf()).session(admin))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("lastAdminKept");

		assertThat(this.mvc.put().uri(admins + member.accountId()).with(csrf()).session(admin))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.delete().uri(admins + organisation.admin().accountId()).with(csrf()).session(admin))
			.as("stepping down once someone else is admin")
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get()
			.uri("/api/v1/organisations/" + organisation.organisationId() + "/members")
			.session(admin)).as("the former admin's next request").hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.jdbc.sql("select kind || ':' || detail from organisation_event where organisation_id = ? "
				+ "and kind like 'ROLE_%' and actor_id is not null order by id")
			.param(organisation.organisationId())
			.query(String.class)
			.list()).containsExactly("ROLE_GRANTED:MEMBER", "ROLE_GRANTED:ORG_ADMIN", "ROLE_REVOKED:ORG_ADMIN");
	}

	@Test
	void onlyMembersOfTheOrganisationCanBeMadeAdmins() {
		Founded organisation = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Founded other = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);

		assertThat(this.mvc.put()
			.uri("/api/v1/organisations/" + organisation.organisationId() + "/admins/" + other.admin().accountId())
			.with(csrf())
			.session(this.fixtures.signIn(organisation.admin()))).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void operatorsMakeMembersOfServiceAgenciesBrokersAndNobodyElse() {
		Founded agency = this.fixtures.registerOrganisation(OrganisationType.SERVICE_AGENCY);
		Founded enterprise = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE);
		Person agent = this.fixtures.member(agency);
		MockHttpSession operator = this.fixtures.signIn(this.fixtures.operator());

		assertThat(this.mvc.put().uri("/api/v1/operator/brokers/" + agent.accountId()).with(csrf()).session(operator))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.mvc.get().uri("/api/v1/session").session(this.fixtures.signIn(agent))).bodyJson()
			.extractingPath("$.roles")
			.asArray()
			.containsExactly("MEMBER", "BROKER");
		assertThat(this.mvc.put()
			.uri("/api/v1/operator/brokers/" + enterprise.admin().accountId())
			.with(csrf())
			.session(operator)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("brokerOutsideServiceAgency");
		assertThat(this.mvc.put()
			.uri("/api/v1/operator/brokers/" + agent.accountId())
			.with(csrf())
			.session(this.fixtures.signIn(agency.admin()))).as("an agency's admin granting broker")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.delete().uri("/api/v1/operator/brokers/" + agent.accountId()).with(csrf()).session(operator))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.jdbc.sql("select count(*) from account_role where account_id = ? and role = 'BROKER'")
			.param(agent.accountId())
			.query(Long.class)
			.single()).isZero();
	}

}
