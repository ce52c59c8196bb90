package org.hengqiao.brokerage;

import org.hengqiao.account.AccountManagement;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NewAccount;
import org.hengqiao.organisation.NewOrganisation;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.organisation.Registered;
import org.hengqiao.organisation.Registration;
import org.hengqiao.testing.Fixtures;

/**
 * Service agencies with real accounts (brokers must exist for the services to check their role and agency), made
 * through the registration and account services.
 */
final class Agencies {

	private final Registration registration;

	private final AccountManagement accounts;

	private final Actors actors;

	Agencies(Registration registration, AccountManagement accounts, Actors actors) {
		this.registration = registration;
		this.accounts = accounts;
		this.actors = actors;
	}

	record Agency(long organisationId, Actor admin, Actor broker) {
	}

	/** A new service agency with its admin and one broker. */
	Agency agency() {
		NewOrganisation organisation = Fixtures.anOrganisation(OrganisationType.SERVICE_AGENCY);
		Registered founded = this.registration.registerOrganisation(
				new NewAccount(Fixtures.email(), "机构管理员", null, Fixtures.PASSWORD, this.registration.currentTermsVersion()), organisation);
		Actor admin = actor(founded.accountId());
		Registered applicant = this.registration.requestToJoin(
				new NewAccount(Fixtures.email(), "王经纪", null, Fixtures.PASSWORD, this.registration.currentTermsVersion()), organisation.creditCode());
		this.actors.runAs(admin,
				() -> this.accounts.approveJoinRequest(founded.organisationId(), applicant.accountId()));
		this.actors.runAs(operator(), () -> this.accounts.grantBroker(applicant.accountId()));
		return new Agency(founded.organisationId(), actor(founded.accountId()), actor(applicant.accountId()));
	}

	Actor operator() {
		return actor(this.accounts.ensureOperator(Fixtures.email(), "运营", Fixtures.PASSWORD));
	}

	private Actor actor(long accountId) {
		return this.accounts.actorOf(accountId).orElseThrow();
	}

}
