package org.hengqiao.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hengqiao.account.AccountManagement;
import org.hengqiao.account.MembershipStatus;
import org.hengqiao.account.NewAccount;
import org.hengqiao.system.LegalDocuments;
import org.hengqiao.system.InvalidInput;
import org.hengqiao.system.InvalidInput.FieldError;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining the platform: a person registers together with a new organisation (becoming its admin), or asks to join
 * an organisation already registered, found by its credit code. It lives with organisations because it creates
 * them; the person's account is created through {@link AccountManagement}. Each registration is one transaction,
 * and every field is checked before anything is written, so a refused registration names all the fields to fix
 * and leaves nothing behind. Open to anyone: no one is signed in yet; the person must accept the current terms of
 * use and privacy policy, and their account records which version they accepted and when.
 */
@Service
public class Registration {

	static final String ORGANISATION = "organisation.";

	static final String JOIN_CREDIT_CODE = "joinCreditCode";

	static final String ACCEPTED_TERMS_VERSION = "acceptedTermsVersion";

	private final Organisations organisations;

	private final OrganisationRules rules;

	private final AccountManagement accounts;

	private final OrganisationEvents events;

	private final LegalDocuments legal;

	private final Clock clock;

	Registration(Organisations organisations, OrganisationRules rules, AccountManagement accounts,
			OrganisationEvents events, LegalDocuments legal, Clock clock) {
		this.organisations = organisations;
		this.rules = rules;
		this.accounts = accounts;
		this.events = events;
		this.legal = legal;
		this.clock = clock;
	}

	/**
	 * Registers an organisation (unverified) and the person who becomes its first member and admin.
	 * @throws InvalidInput naming every offending field: the person's as {@code email}, {@code password}, …; the
	 * organisation's as {@code organisation.creditCode}, {@code organisation.regionCode}, …
	 */
	@Transactional
	public Registered registerOrganisation(NewAccount person, NewOrganisation organisation) {
		List<FieldError> problems = personProblems(person);
		Optional<CreditCode> creditCode = creditCode(organisation.creditCode(), ORGANISATION + "creditCode",
				problems);
		creditCode.filter(code -> this.organisations.existsByCreditCode(code.value()))
			.ifPresent(code -> problems.add(new FieldError(ORGANISATION + "creditCode", "organisation.creditCode.taken")));
		problems.addAll(this.rules.problems(ORGANISATION, organisation.nameZh(), organisation.nameEn(),
				organisation.regionCode(), organisation.website(), organisation.profile()));
		if (!problems.isEmpty() || creditCode.isEmpty()) {
			throw new InvalidInput(problems);
		}
		try {
			Organisation created = this.organisations
				.saveAndFlush(new Organisation(organisation, creditCode.get(), this.clock.instant()));
			long accountId = this.accounts.registerFounder(person, created.id());
			this.events.record(created.id(), accountId, accountId, OrganisationEvents.Kind.REGISTERED, null);
			return new Registered(accountId, created.id(), MembershipStatus.ACTIVE);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RegistrationRaced();
		}
	}

	/**
	 * Registers a person asking to join the organisation with this credit code; they can sign in at once but act for
	 * no organisation until one of its admins approves.
	 * @throws InvalidInput naming every offending field ({@code joinCreditCode} for an invalid or unknown code)
	 */
	@Transactional
	public Registered requestToJoin(NewAccount person, String creditCode) {
		List<FieldError> problems = personProblems(person);
		Optional<Organisation> organisation = creditCode(creditCode, JOIN_CREDIT_CODE, problems)
			.flatMap(code -> this.organisations.findByCreditCode(code.value()));
		if (organisation.isEmpty() && problems.stream().noneMatch(p -> p.field().equals(JOIN_CREDIT_CODE))) {
			problems.add(new FieldError(JOIN_CREDIT_CODE, "organisation.creditCode.unknown"));
		}
		if (!problems.isEmpty() || organisation.isEmpty()) {
			throw new InvalidInput(problems);
		}
		try {
			long accountId = this.accounts.registerApplicant(person, organisation.get().id());
			return new Registered(accountId, organisation.get().id(), MembershipStatus.PENDING);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RegistrationRaced();
		}
	}

	/** The version of the terms and privacy policy a registration must accept (demo data registers with it). */
	public String currentTermsVersion() {
		return this.legal.currentVersion();
	}

	/** The person's fields, and their consent to the current terms and privacy policy (PIPL). */
	private List<FieldError> personProblems(NewAccount person) {
		List<FieldError> problems = new ArrayList<>(this.accounts.problemsWith(person));
		this.legal.consentProblem(person.acceptedTermsVersion(), ACCEPTED_TERMS_VERSION).ifPresent(problems::add);
		return problems;
	}

	private static Optional<CreditCode> creditCode(String raw, String field, List<FieldError> problems) {
		try {
			return Optional.of(CreditCode.parse(raw));
		}
		catch (InvalidCreditCode ex) {
			problems.add(new FieldError(field, "organisation.creditCode." + ex.reason().name(),
					ex.position().orElse(0)));
			return Optional.empty();
		}
	}

}
