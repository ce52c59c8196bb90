package org.hengqiao.organisation;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.account.AccountManagement;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.Person;
import org.hengqiao.system.AttachmentStore;
import org.hengqiao.system.InvalidInput;
import org.hengqiao.system.InvalidInput.FieldError;
import org.hengqiao.system.StoredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Organisations' profiles and their verification. Every method decides itself who may call it, through
 * {@link Actors}: the profile is public; editing it, the licence and asking for verification belong to the
 * organisation's admins; deciding belongs to operators, who may also read the licence.
 */
@Service
@Transactional
public class OrganisationManagement {

	/** Business licences are scans or photos; 10 MB is plenty for either. */
	static final long MAX_LICENCE_BYTES = 10L * 1024 * 1024;

	static final Set<String> LICENCE_TYPES = Set.of(AttachmentStore.PDF, AttachmentStore.JPEG, AttachmentStore.PNG);

	static final int MAX_REASON = 1000;

	static final int MAX_DECISIONS_PAGE = 100;

	private final Organisations organisations;

	private final OrganisationRules rules;

	private final Regions regions;

	private final AttachmentStore files;

	private final OrganisationEvents events;

	private final Actors actors;

	private final AccountManagement accounts;

	private final AccountDirectory people;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher publisher;

	OrganisationManagement(Organisations organisations, OrganisationRules rules, Regions regions,
			AttachmentStore files, OrganisationEvents events, Actors actors, AccountManagement accounts,
			AccountDirectory people, JdbcClient jdbc, Clock clock, ApplicationEventPublisher publisher) {
		this.publisher = publisher;
		this.organisations = organisations;
		this.rules = rules;
		this.regions = regions;
		this.files = files;
		this.events = events;
		this.actors = actors;
		this.accounts = accounts;
		this.people = people;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Anyone may read an organisation's public profile. */
	@Transactional(readOnly = true)
	public OrganisationProfile profile(long organisationId, Locale locale) {
		return profileOf(find(organisationId), locale);
	}

	/**
	 * Changes the profile, if the change is based on the current version.
	 * @throws StaleOrganisation (409, with the current version) if someone changed it meanwhile
	 */
	public OrganisationProfile updateProfile(long organisationId, ProfileChange change, Locale locale) {
		this.actors.requireAdminOf(organisationId);
		Organisation organisation = find(organisationId);
		if (organisation.version() != change.version()) {
			throw new StaleOrganisation(organisation.version());
		}
		List<FieldError> problems = this.rules.problems("", change.nameZh(), change.nameEn(), change.regionCode(),
				change.website(), change.profile());
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		organisation.change(change);
		try {
			// Flush now: an edit committed since we read the row surfaces here, where we can say which version won.
			this.organisations.saveAndFlush(organisation);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleOrganisation(currentVersion(organisationId));
		}
		return profileOf(organisation, locale);
	}

	/** Admins only, while the organisation is unverified or was rejected: replaces any earlier licence. */
	public VerificationView uploadLicence(long organisationId, InputStream content, String fileName) {
		Actor admin = this.actors.requireAdminOf(organisationId);
		Organisation organisation = find(organisationId);
		if (!organisation.verificationStatus().mayRequest()) {
			throw new VerificationStepRefused(organisation.verificationStatus());
		}
		StoredFile stored = this.files.store(content, fileName, MAX_LICENCE_BYTES, LICENCE_TYPES);
		String replaced = organisation.attachLicence(stored, safeFileName(fileName, stored), this.clock.instant());
		afterTransaction(stored.key(), replaced);
		this.events.record(organisationId, null, admin.accountId(), OrganisationEvents.Kind.LICENCE_UPLOADED,
				stored.sha256());
		return VerificationView.of(organisation);
	}

	/**
	 * The licence document for an operator's preview beside the decision: operators only, as only they decide
	 * (the response may be framed by the portal, so it is not offered to anyone else).
	 */
	@Transactional(readOnly = true)
	public LicenceFile licenceForReview(long organisationId) {
		this.actors.requireOperator();
		return licence(organisationId);
	}

	/** The licence document, for the organisation's admins and for operators. */
	@Transactional(readOnly = true)
	public LicenceFile licence(long organisationId) {
		this.actors.requireAdminOfOrOperator(organisationId);
		Organisation organisation = find(organisationId);
		String key = organisation.licenceKey();
		if (key == null) {
			throw new LicenceMissing();
		}
		return new LicenceFile(String.valueOf(organisation.licenceFileName()),
				String.valueOf(organisation.licenceContentType()),
				organisation.licenceSize() != null ? organisation.licenceSize() : -1, this.files.open(key));
	}

	/** Where verification stands, for the organisation's admins and for operators. */
	@Transactional(readOnly = true)
	public VerificationView verification(long organisationId) {
		this.actors.requireAdminOfOrOperator(organisationId);
		return VerificationView.of(find(organisationId));
	}

	/** Admins only: asks the operators to verify, once a licence is uploaded. */
	public VerificationView requestVerification(long organisationId) {
		Actor admin = this.actors.requireAdminOf(organisationId);
		Organisation organisation = find(organisationId);
		organisation.requestVerification(this.clock.instant());
		this.events.record(organisationId, null, admin.accountId(), OrganisationEvents.Kind.VERIFICATION_REQUESTED,
				null);
		return VerificationView.of(organisation);
	}

	/**
	 * Operators only: the organisations waiting for a decision, longest waiting first, each with the admin who asked
	 * and how to reach them.
	 */
	@Transactional(readOnly = true)
	public List<VerificationView> pendingVerifications() {
		this.actors.requireOperator();
		List<Organisation> pending = this.organisations
			.findByVerificationStatusOrderByVerificationRequestedAt(VerificationStatus.PENDING);
		Map<Long, Long> requesters = this.events.lastRequesters(pending.stream().map(Organisation::id).toList());
		return pending.stream()
			.map(organisation -> VerificationView.of(organisation)
				.withApplicant(applicant(organisation.id(), requesters.get(organisation.id()))))
			.toList();
	}

	/** Operators only: the verification decisions, newest first, for the audit log. */
	@Transactional(readOnly = true)
	public VerificationDecision.Page verificationDecisions(int page, int size) {
		this.actors.requireOperator();
		if (page < 0) {
			throw InvalidInput.of("page", "organisation.decisions.page");
		}
		int pageSize = Math.clamp(size, 1, MAX_DECISIONS_PAGE);
		List<OrganisationEvents.DecisionEntry> entries = this.events.decisions(page, pageSize);
		List<OrganisationEvents.DecisionEntry> shown = entries.subList(0, Math.min(entries.size(), pageSize));
		Map<Long, Person> operators = this.people
			.findAll(shown.stream().map(OrganisationEvents.DecisionEntry::actorId).filter(Objects::nonNull).toList());
		return new VerificationDecision.Page(shown.stream().map(entry -> {
			Person operator = entry.actorId() != null ? operators.get(entry.actorId()) : null;
			return new VerificationDecision(entry.organisationId(), entry.nameZh(), entry.nameEn(),
					entry.kind() == OrganisationEvents.Kind.VERIFIED ? VerificationStatus.VERIFIED
							: VerificationStatus.REJECTED,
					entry.reason(), operator != null ? operator.displayName() : null, entry.occurredAt());
		}).toList(), entries.size() > pageSize);
	}

	private VerificationView.@Nullable Applicant applicant(long organisationId, @Nullable Long accountId) {
		if (accountId == null) {
			return null;
		}
		return this.accounts.members(organisationId)
			.stream()
			.filter(member -> member.accountId() == accountId)
			.findFirst()
			.map(member -> new VerificationView.Applicant(member.displayName(), member.email(), member.phone()))
			.orElse(null);
	}

	/** Operators only. */
	public VerificationView approve(long organisationId) {
		Actor operator = this.actors.requireOperator();
		Organisation organisation = find(organisationId);
		organisation.approve(operator.accountId(), this.clock.instant());
		this.events.record(organisationId, null, operator.accountId(), OrganisationEvents.Kind.VERIFIED, null);
		this.publisher.publishEvent(decided(organisation, true, null));
		return VerificationView.of(organisation);
	}

	/** Operators only; the reason is shown to the organisation's admins, so they can fix what was wrong. */
	public VerificationView reject(long organisationId, @Nullable String reason) {
		Actor operator = this.actors.requireOperator();
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
			throw InvalidInput.of("reason", "organisation.rejection.reason", MAX_REASON);
		}
		Organisation organisation = find(organisationId);
		organisation.reject(reason.strip());
		this.events.record(organisationId, null, operator.accountId(), OrganisationEvents.Kind.REJECTED,
				reason.strip());
		this.publisher.publishEvent(decided(organisation, false, reason.strip()));
		return VerificationView.of(organisation);
	}

	private static OrganisationVerificationDecided decided(Organisation organisation, boolean verified,
			@Nullable String reason) {
		String nameEn = organisation.nameEn();
		return new OrganisationVerificationDecided(organisation.id(), organisation.nameZh(),
				nameEn != null ? nameEn : organisation.nameZh(), verified, reason);
	}

	/** The organisation's audit trail, for its admins and for operators. */
	@Transactional(readOnly = true)
	List<OrganisationEvents.HistoryEntry> history(long organisationId) {
		this.actors.requireAdminOfOrOperator(organisationId);
		find(organisationId);
		return this.events.of(organisationId);
	}

	private OrganisationProfile profileOf(Organisation organisation, Locale locale) {
		Region region = this.regions.find(organisation.regionCode())
			.orElseThrow(() -> new IllegalStateException("Unknown region " + organisation.regionCode()));
		IndustrySection industry = organisation.industry();
		String name = "en".equals(locale.getLanguage()) && organisation.nameEn() != null ? organisation.nameEn()
				: organisation.nameZh();
		return new OrganisationProfile(organisation.id(), organisation.type(), name, organisation.nameZh(),
				organisation.nameEn(), new OrganisationProfile.Named(region.code(), region.name(locale)),
				industry != null ? new OrganisationProfile.Named(industry.name(), industry.displayName(locale)) : null,
				organisation.size(), organisation.website(), organisation.profile(),
				organisation.verificationStatus() == VerificationStatus.VERIFIED, organisation.version());
	}

	private Organisation find(long organisationId) {
		return this.organisations.findById(organisationId)
			.orElseThrow(() -> new OrganisationNotFound(organisationId));
	}

	private long currentVersion(long organisationId) {
		return this.jdbc.sql("select version from organisation where id = :id")
			.param("id", organisationId)
			.query(Long.class)
			.single();
	}

	/**
	 * The stored file belongs to the database row only once the transaction commits: on rollback the new file goes,
	 * on commit the one it replaced does.
	 */
	private void afterTransaction(String stored, @Nullable String replaced) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED && replaced != null) {
					OrganisationManagement.this.files.delete(replaced);
				}
				else if (status != STATUS_COMMITTED) {
					OrganisationManagement.this.files.delete(stored);
				}
			}
		});
	}

	/** The name the file is offered under when downloaded: the declared one without path or control characters. */
	static String safeFileName(String declared, StoredFile stored) {
		String name = declared.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "licence." + stored.contentType().substring(stored.contentType().indexOf('/') + 1);
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
