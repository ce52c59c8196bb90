package org.hengqiao.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hengqiao.system.InvalidInput;
import org.hengqiao.system.InvalidInput.FieldError;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's accounts: creating them at registration, passwords, membership of an organisation and roles. Every
 * method that acts for someone checks the acting person through {@link Actors}; the registration methods do not, as
 * registering is open to anyone (the organisation module's {@code Registration} calls them within its own
 * transaction). Demo data and start-up jobs may run the checked methods as an operator or an organisation admin with
 * {@link Actors#runAs(Actor, Runnable)}.
 */
@Service
@Transactional
public class AccountManagement {

	private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

	/** Deliberately loose (one @, a dot in the domain, no spaces): the confirmation of an email is its use. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,30}");

	static final int MAX_EMAIL = 254;

	static final int MAX_DISPLAY_NAME = 100;

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder passwords;

	private final SignInThrottle throttle;

	private final SessionGenerations sessions;

	private final Actors actors;

	private final ActorLoader actorLoader;

	private final Affiliations affiliations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountManagement(Accounts accounts, PasswordPolicy policy, PasswordEncoder passwords, SignInThrottle throttle,
			SessionGenerations sessions, Actors actors, ActorLoader actorLoader, Affiliations affiliations,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.policy = policy;
		this.passwords = passwords;
		this.throttle = throttle;
		this.sessions = sessions;
		this.actors = actors;
		this.actorLoader = actorLoader;
		this.affiliations = affiliations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Everything wrong with a new account, field by field ({@code email}, {@code displayName}, {@code phone},
	 * {@code password}); empty if it can be registered. Registration collects these together with the
	 * organisation's problems, so one response names every field to fix.
	 */
	@Transactional(readOnly = true)
	public List<FieldError> problemsWith(NewAccount account) {
		List<FieldError> problems = new ArrayList<>();
		String email = normalise(account.email());
		if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
			problems.add(new FieldError("email", "account.email.invalid"));
		}
		else if (this.accounts.existsByEmail(email)) {
			problems.add(new FieldError("email", "account.email.taken"));
		}
		if (account.displayName().isBlank() || account.displayName().length() > MAX_DISPLAY_NAME) {
			problems.add(new FieldError("displayName", "account.displayName.invalid", MAX_DISPLAY_NAME));
		}
		if (account.phone() != null && !account.phone().isBlank() && !PHONE.matcher(account.phone()).matches()) {
			problems.add(new FieldError("phone", "account.phone.invalid"));
		}
		this.policy.check(account.password(), email)
			.ifPresent(violation -> problems
				.add(new FieldError("password", violation.messageKey(), violation.arguments())));
		return problems;
	}

	/**
	 * Creates the account of the person who registered an organisation: its first member and admin.
	 * @return the new account's id
	 * @throws InvalidInput if {@link #problemsWith(NewAccount)} finds anything
	 */
	public long registerFounder(NewAccount account, long organisationId) {
		Account founder = this.accounts.save(Account.founder(normalise(account.email()), account.displayName().strip(),
				phone(account.phone()), hash(account), organisationId, this.clock.instant()));
		founder.acceptTerms(account.acceptedTermsVersion(), this.clock.instant());
		this.events.publishEvent(new RoleGranted(founder.id(), Role.MEMBER, organisationId, null));
		this.events.publishEvent(new RoleGranted(founder.id(), Role.ORG_ADMIN, organisationId, null));
		return founder.id();
	}

	/**
	 * Creates the account of a person asking to join an existing organisation; an admin of it decides.
	 * @return the new account's id
	 * @throws InvalidInput if {@link #problemsWith(NewAccount)} finds anything
	 */
	public long registerApplicant(NewAccount account, long organisationId) {
		Account applicant = Account.applicant(normalise(account.email()), account.displayName().strip(),
				phone(account.phone()), hash(account), organisationId, this.clock.instant());
		applicant.acceptTerms(account.acceptedTermsVersion(), this.clock.instant());
		return this.accounts.save(applicant).id();
	}

	/**
	 * Makes sure an operator with this email exists, for the first operator at start-up and for demo data. An
	 * existing account with the email is made an operator (its password is left alone); otherwise one is created.
	 * @return the operator's account id
	 */
	public long ensureOperator(String email, String displayName, String password) {
		String normalised = normalise(email);
		Optional<Account> existing = this.accounts.findByEmail(normalised);
		if (existing.isPresent()) {
			Account account = existing.get();
			if (account.grant(Role.OPERATOR)) {
				log.warn("Made the existing account {} an operator", account.id());
				this.events.publishEvent(new RoleGranted(account.id(), Role.OPERATOR, null, null));
			}
			return account.id();
		}
		NewAccount operator = new NewAccount(normalised, displayName, null, password, null);
		List<FieldError> problems = problemsWith(operator);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Account account = Account.unaffiliated(normalised, displayName, null, hash(operator), this.clock.instant());
		account.grant(Role.OPERATOR);
		account = this.accounts.save(account);
		log.info("Created the operator account {}", account.id());
		this.events.publishEvent(new RoleGranted(account.id(), Role.OPERATOR, null, null));
		return account.id();
	}

	/**
	 * Changes the signed-in person's password and ends all their sessions ({@code Sessions} keeps the one that
	 * asked). Wrong current passwords are throttled in a bucket of the account's own, so a borrowed session cannot
	 * be used to guess the password, and the guesses delay neither signing in nor the session.
	 * @throws SignInThrottled while the bucket must wait after wrong current passwords
	 */
	public void changePassword(String currentPassword, String newPassword) {
		Actor actor = this.actors.required();
		Account account = this.accounts.findById(actor.accountId()).orElseThrow(NotSignedIn::new);
		SignInBucket bucket = SignInBucket.passwordChange(account.id());
		this.throttle.reserve(bucket).ifPresent(wait -> {
			throw new SignInThrottled(wait);
		});
		if (!this.passwords.matches(currentPassword, account.passwordHash())) {
			throw InvalidInput.of("currentPassword", "account.password.wrongCurrent");
		}
		this.throttle.succeeded(bucket);
		if (newPassword.equals(currentPassword)) {
			throw InvalidInput.of("newPassword", "account.password.unchanged");
		}
		this.policy.check(newPassword, account.email()).ifPresent(violation -> {
			throw InvalidInput.of("newPassword", violation.messageKey(), violation.arguments());
		});
		account.changePasswordHash(this.passwords.encode(newPassword));
		this.sessions.endAll(account.id());
	}

	/**
	 * Sets a new password for someone who proved they read the account's e-mail (the notification module's
	 * password reset checks the token before calling this), and ends every session of the account. The password
	 * policy applies as at registration. The failures of untrusted clients are forgotten (they were guesses at the
	 * old password), so the person can sign in with the new password at once from any browser.
	 * @throws InvalidInput on {@code password} if the policy refuses it
	 */
	public void resetPassword(long accountId, String newPassword) {
		Account account = this.accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
		this.policy.check(newPassword, account.email()).ifPresent(violation -> {
			throw InvalidInput.of("password", violation.messageKey(), violation.arguments());
		});
		account.changePasswordHash(this.passwords.encode(newPassword));
		this.sessions.endAll(accountId);
		this.throttle.forget(SignInBucket.untrusted(account.email()));
		this.throttle.forget(SignInBucket.passwordChange(accountId));
	}

	/** The organisation's active members; for its admins and for operators. */
	@Transactional(readOnly = true)
	public List<Member> members(long organisationId) {
		this.actors.requireAdminOfOrOperator(organisationId);
		return this.accounts
			.findByOrganisationIdAndMembershipStatusOrderByCreatedAt(organisationId, MembershipStatus.ACTIVE)
			.stream()
			.map(Account::asMember)
			.toList();
	}

	/** People waiting for an admin to let them join; for the organisation's admins and for operators. */
	@Transactional(readOnly = true)
	public List<Member> joinRequests(long organisationId) {
		this.actors.requireAdminOfOrOperator(organisationId);
		return this.accounts
			.findByOrganisationIdAndMembershipStatusOrderByCreatedAt(organisationId, MembershipStatus.PENDING)
			.stream()
			.map(Account::asMember)
			.toList();
	}

	public void approveJoinRequest(long organisationId, long accountId) {
		Actor admin = this.actors.requireAdminOf(organisationId);
		Account applicant = pendingAt(organisationId, accountId);
		applicant.approveMembership();
		this.events.publishEvent(new JoinRequestDecided(accountId, organisationId, true, admin.accountId()));
		this.events.publishEvent(new RoleGranted(accountId, Role.MEMBER, organisationId, admin.accountId()));
	}

	public void declineJoinRequest(long organisationId, long accountId) {
		Actor admin = this.actors.requireAdminOf(organisationId);
		pendingAt(organisationId, accountId).declineMembership();
		this.events.publishEvent(new JoinRequestDecided(accountId, organisationId, false, admin.accountId()));
	}

	public void grantOrgAdmin(long organisationId, long accountId) {
		Actor admin = this.actors.requireAdminOf(organisationId);
		Account member = activeMemberOf(organisationId, accountId);
		if (member.grant(Role.ORG_ADMIN)) {
			this.events.publishEvent(new RoleGranted(accountId, Role.ORG_ADMIN, organisationId, admin.accountId()));
		}
	}

	/** Revokes an admin's role (their own too), unless they are the organisation's last admin. */
	public void revokeOrgAdmin(long organisationId, long accountId) {
		Actor admin = this.actors.requireAdminOf(organisationId);
		List<Account> members = this.accounts.lockActiveMembersOf(organisationId);
		Account member = members.stream()
			.filter(account -> account.id() == accountId)
			.findFirst()
			.orElseThrow(() -> new AccountNotFound(accountId));
		if (!member.roles().contains(Role.ORG_ADMIN)) {
			return;
		}
		long admins = members.stream().filter(account -> account.roles().contains(Role.ORG_ADMIN)).count();
		if (admins <= 1) {
			throw new LastAdminKept();
		}
		member.revoke(Role.ORG_ADMIN);
		this.events.publishEvent(new RoleRevoked(accountId, Role.ORG_ADMIN, organisationId, admin.accountId()));
	}

	/** Operators only: makes an active member of a service agency a technology broker. */
	public void grantBroker(long accountId) {
		Actor operator = this.actors.requireOperator();
		Account account = this.accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
		Long organisationId = account.organisationId();
		boolean inServiceAgency = organisationId != null && account.isActiveMemberOf(organisationId)
				&& this.affiliations.of(organisationId).map(Affiliation::serviceAgency).orElse(false);
		if (!inServiceAgency) {
			throw new BrokerOutsideServiceAgency();
		}
		if (account.grant(Role.BROKER)) {
			this.events.publishEvent(new RoleGranted(accountId, Role.BROKER, organisationId, operator.accountId()));
		}
	}

	/** Operators only. */
	public void revokeBroker(long accountId) {
		Actor operator = this.actors.requireOperator();
		Account account = this.accounts.findById(accountId).orElseThrow(() -> new AccountNotFound(accountId));
		if (account.revoke(Role.BROKER)) {
			this.events.publishEvent(
					new RoleRevoked(accountId, Role.BROKER, account.organisationId(), operator.accountId()));
		}
	}

	/** The person as the services would see them if they were signed in: for demo data and start-up jobs. */
	@Transactional(readOnly = true)
	public Optional<Actor> actorOf(long accountId) {
		return this.actorLoader.load(accountId);
	}

	/** What the portal shows of the signed-in person, organisation name in the given language. */
	@Transactional(readOnly = true)
	SessionView session(Locale locale) {
		Optional<Actor> current = this.actors.current();
		if (current.isEmpty()) {
			return SessionView.anonymous();
		}
		Actor actor = current.get();
		Optional<Account> account = this.accounts.findById(actor.accountId());
		if (account.isEmpty()) {
			return SessionView.anonymous();
		}
		Long organisationId = account.get().organisationId();
		Optional<Affiliation> affiliation = organisationId != null ? this.affiliations.of(organisationId)
				: Optional.empty();
		return new SessionView(true, actor.accountId(), actor.displayName(), account.get().email(),
				actor.roles().stream().sorted().toList(), organisationId,
				affiliation.map(found -> found.name(locale)).orElse(null),
				affiliation.map(Affiliation::type).orElse(null), actor.organisationVerified(),
				account.get().membershipStatus());
	}

	private Account pendingAt(long organisationId, long accountId) {
		return this.accounts.findById(accountId)
			.filter(account -> account.isPendingAt(organisationId))
			.orElseThrow(() -> new JoinRequestNotFound(accountId));
	}

	private Account activeMemberOf(long organisationId, long accountId) {
		return this.accounts.findById(accountId)
			.filter(account -> account.isActiveMemberOf(organisationId))
			.orElseThrow(() -> new AccountNotFound(accountId));
	}

	private String hash(NewAccount account) {
		List<FieldError> problems = problemsWith(account);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return this.passwords.encode(account.password());
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String phone(@Nullable String phone) {
		return phone == null || phone.isBlank() ? null : phone.strip();
	}

}
