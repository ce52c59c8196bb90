package org.hengqiao.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.hengqiao.account.AccountManagement;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NewAccount;
import org.hengqiao.organisation.NewOrganisation;
import org.hengqiao.organisation.OrganisationManagement;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.organisation.Registered;
import org.hengqiao.organisation.Registration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * People and organisations for tests, made through the same services the portal and demo data use. Every call
 * makes new ones (unique emails and credit codes), so tests sharing a database never see each other's data.
 */
public class Fixtures {

	/** Long enough, not common, and free of any test email's local part. */
	public static final String PASSWORD = "Hengyang-bridge-2026";

	private static final AtomicInteger sequence = new AtomicInteger();

	private final Registration registration;

	private final AccountManagement accounts;

	private final OrganisationManagement organisations;

	private final Actors actors;

	private final ObjectProvider<MockMvcTester> mvc;

	Fixtures(Registration registration, AccountManagement accounts, OrganisationManagement organisations,
			Actors actors, ObjectProvider<MockMvcTester> mvc) {
		this.registration = registration;
		this.accounts = accounts;
		this.organisations = organisations;
		this.actors = actors;
		this.mvc = mvc;
	}

	public static String email() {
		return "p" + sequence.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
	}

	public static NewOrganisation anOrganisation(OrganisationType type) {
		return new NewOrganisation(type, "衡阳测试机构" + sequence.incrementAndGet(), "Test organisation",
				CreditCodes.next(), "430407", null, null, "https://example.cn", "测试用机构");
	}

	public Founded registerOrganisation(OrganisationType type) {
		NewOrganisation organisation = anOrganisation(type);
		String email = email();
		Registered registered = this.registration
			.registerOrganisation(new NewAccount(email, "管理员", null, PASSWORD, this.registration.currentTermsVersion()), organisation);
		return new Founded(registered.organisationId(), organisation.creditCode(),
				new Person(registered.accountId(), email, PASSWORD));
	}

	public Person applicant(Founded organisation) {
		String email = email();
		Registered registered = this.registration.requestToJoin(new NewAccount(email, "申请人", null, PASSWORD, this.registration.currentTermsVersion()),
				organisation.creditCode());
		return new Person(registered.accountId(), email, PASSWORD);
	}

	/** An active member, approved by the organisation's admin. */
	public Person member(Founded organisation) {
		Person applicant = applicant(organisation);
		as(organisation.admin(),
				() -> this.accounts.approveJoinRequest(organisation.organisationId(), applicant.accountId()));
		return applicant;
	}

	public Person operator() {
		String email = email();
		long id = this.accounts.ensureOperator(email, "运营", PASSWORD);
		return new Person(id, email, PASSWORD);
	}

	/** A broker: an active member of a (new) service agency, made broker by an operator. */
	public Person broker() {
		Founded agency = registerOrganisation(OrganisationType.SERVICE_AGENCY);
		Person broker = member(agency);
		as(operator(), () -> this.accounts.grantBroker(broker.accountId()));
		return broker;
	}

	public void uploadLicence(Founded organisation) {
		as(organisation.admin(), () -> this.organisations.uploadLicence(organisation.organisationId(),
				new ByteArrayInputStream(Files.pdf()), "licence.pdf"));
	}

	public void requestVerification(Founded organisation) {
		uploadLicence(organisation);
		as(organisation.admin(), () -> this.organisations.requestVerification(organisation.organisationId()));
	}

	public void verify(Founded organisation) {
		requestVerification(organisation);
		as(operator(), () -> this.organisations.approve(organisation.organisationId()));
	}

	public void as(Person person, Runnable work) {
		Actor actor = this.accounts.actorOf(person.accountId()).orElseThrow();
		this.actors.runAs(actor, work);
	}

	/** Signs in through the portal's endpoint; later requests send this session. */
	public MockHttpSession signIn(Person person) {
		MvcTestResult result = this.mvc.getObject()
			.post()
			.uri("/api/v1/session")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\":\"" + person.email() + "\",\"password\":\"" + person.password() + "\"}")
			.exchange();
		assertThat(result).as("signing in %s", person.email()).hasStatusOk();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		assertThat(session).as("session after signing in").isNotNull();
		return session;
	}

	public record Person(long accountId, String email, String password) {
	}

	public record Founded(long organisationId, String creditCode, Person admin) {
	}

}
