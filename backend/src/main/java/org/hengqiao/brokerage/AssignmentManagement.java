package org.hengqiao.brokerage;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.account.AccountManagement;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.account.Person;
import org.hengqiao.account.Role;
import org.hengqiao.connect.ConversationOversight;
import org.hengqiao.deal.DealBrokerage;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who puts brokers to work, and where. Brokers join only by consent: an operator assigns an active broker to a
 * public need or result, or fulfils an organisation's pending request for any broker; a named broker accepts an
 * organisation's request ({@link RequestManagement}). A conversation is joined only at the request of one of its two
 * organisations, and both are told; either of them (and operators, and the broker's agency admins) may end the
 * broker's access. Agency admins no longer assign: they list their brokers' work and follow-ups.
 */
@Service
public class AssignmentManagement implements DealBrokerage, ConversationOversight {

	private final BrokerAssignments assignments;

	private final BrokerRequests requests;

	private final Subjects subjects;

	private final AccountManagement accounts;

	private final AccountDirectory people;

	private final OrganisationDirectory organisations;

	private final PostingDocuments postings;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssignmentManagement(BrokerAssignments assignments, BrokerRequests requests, Subjects subjects,
			AccountManagement accounts, AccountDirectory people, OrganisationDirectory organisations,
			PostingDocuments postings, Actors actors, ApplicationEventPublisher events, Clock clock) {
		this.assignments = assignments;
		this.requests = requests;
		this.subjects = subjects;
		this.accounts = accounts;
		this.people = people;
		this.organisations = organisations;
		this.postings = postings;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An operator assigns a broker: to a public need or result, or to a conversation one of whose organisations
	 * asked for any broker (that request is then accepted). A pending request for any broker about a posting is
	 * fulfilled the same way.
	 */
	@Transactional
	public AssignmentView assign(AssignmentRequest request) {
		Actor actor = this.actors.required();
		if (!actor.isOperator()) {
			throw new NotAllowed();
		}
		if (!request.subjectType().isAssignable()) {
			throw InvalidInput.of("subjectType", "brokerage.assignment.subjectType", request.subjectType());
		}
		long broker = request.brokerAccountId();
		long agency = agencyOf(broker);
		Subjects.Subject subject = this.subjects.find(request.subjectType(), request.subjectId())
			.orElseThrow(() -> InvalidInput.of("subjectId", "brokerage.subject.unknown", request.subjectType(),
					request.subjectId()));
		if (!subject.open()) {
			throw InvalidInput.of("subjectId", "brokerage.subject.notPublic", request.subjectType(),
					request.subjectId());
		}
		List<BrokerRequest> asked = this.requests.openForAnyBroker(subject.type(), subject.id());
		if (subject.type() == SubjectType.CONVERSATION && asked.isEmpty()) {
			// An operator is a third party too: nobody outside the two organisations puts a reader in unasked.
			throw InvalidInput.of("subjectId", "brokerage.assignment.notRequested", subject.id());
		}
		BrokerRequest fulfilled = asked.isEmpty() ? null : asked.getFirst();
		if (fulfilled != null) {
			fulfilled.accept(broker, actor.accountId(), this.clock.instant());
			this.events.publishEvent(new BrokerRequestAnswered(fulfilled.id(), fulfilled.requesterOrganisationId(),
					broker, true));
		}
		return views(List.of(create(broker, agency, subject, actor.accountId(), fulfilled))).getFirst();
	}

	/** Puts the broker to work on the subject, once; the two organisations of a conversation are told. */
	BrokerAssignment create(long broker, long agency, Subjects.Subject subject, long assignedBy,
			@Nullable BrokerRequest request) {
		if (this.assignments.existsByBrokerAccountIdAndSubjectTypeAndSubjectId(broker, subject.type(),
				subject.id())) {
			throw new AlreadyAssigned();
		}
		BrokerAssignment saved = this.assignments.saveAndFlush(new BrokerAssignment(broker, agency, subject.type(),
				subject.id(), assignedBy, request != null ? request.id() : null, this.clock.instant()));
		if (subject.type() == SubjectType.CONVERSATION) {
			this.events.publishEvent(new BrokerJoinedConversation(subject.id(), broker, subject.organisationIds()));
		}
		this.events.publishEvent(new BrokerAssigned(saved.id(), broker, subject.type(), subject.id(),
				subject.organisationIds(), assignedBy == broker));
		return saved;
	}

	/**
	 * Ends a broker's work on a subject: operators, the admins of the assignment's agency, and the parties (the
	 * posting's owner, either organisation of the conversation). The broker themself may not drop the work.
	 */
	@Transactional
	public void unassign(long id) {
		Actor actor = this.actors.required();
		BrokerAssignment assignment = this.assignments.findById(id)
			.filter(found -> mayEnd(actor, found) || found.brokerAccountId() == actor.accountId())
			.orElseThrow(() -> new AssignmentNotFound(id));
		if (!mayEnd(actor, assignment)) {
			throw new NotAllowed();
		}
		this.assignments.delete(assignment);
	}

	/**
	 * Assignments the caller may see: with a subject, its assignments (all for operators and the subject's parties,
	 * so an organisation always sees who reads its conversation; the agency's for its admins, their own for a
	 * broker); without one, the caller's own as a broker, or with {@code agency} those of
	 * the caller's agency (its admins).
	 */
	@Transactional(readOnly = true)
	public List<AssignmentView> list(@Nullable SubjectType subjectType, @Nullable Long subjectId, boolean agency) {
		Actor actor = this.actors.required();
		List<BrokerAssignment> found;
		if (subjectType != null && subjectId != null) {
			found = this.assignments.findBySubjectTypeAndSubjectIdOrderByAssignedAt(subjectType, subjectId)
				.stream()
				.filter(assignment -> mayEnd(actor, assignment)
						|| assignment.brokerAccountId() == actor.accountId())
				.toList();
		}
		else if (agency) {
			Long organisation = actor.organisationId();
			if (organisation == null || !actor.isAdminOf(organisation)) {
				throw new NotAllowed();
			}
			found = this.assignments.findByAgencyOrganisationIdOrderByAssignedAtDesc(organisation);
		}
		else {
			found = this.assignments.findByBrokerAccountIdOrderByAssignedAtDesc(actor.accountId());
		}
		return views(found);
	}

	/**
	 * The brokers the caller may assign or ask for help: every active broker for operators and the members of
	 * organisations; the agency's own for its admins (who follow their work).
	 */
	@Transactional(readOnly = true)
	public List<Person> assignableBrokers() {
		Actor actor = this.actors.required();
		Long organisation = actor.organisationId();
		if (actor.isOperator()) {
			return this.people.brokers(null);
		}
		if (organisation == null) {
			throw new NotAllowed();
		}
		return this.people.brokers(actor.isAdminOf(organisation) && isServiceAgency(organisation) ? organisation : null);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isAssignedToPosting(long brokerAccountId, long postingId) {
		return this.postings.find(postingId)
			.map(posting -> this.assignments.existsByBrokerAccountIdAndSubjectTypeAndSubjectId(brokerAccountId,
					posting.kind() == PostingKind.NEED ? SubjectType.NEED : SubjectType.RESULT, postingId))
			.orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isAssignedToConversation(long brokerAccountId, long conversationId) {
		return this.assignments.existsByBrokerAccountIdAndSubjectTypeAndSubjectId(brokerAccountId,
				SubjectType.CONVERSATION, conversationId);
	}

	/** A broker assigned to a conversation may read it (the connect module asks). */
	@Override
	@Transactional(readOnly = true)
	public boolean oversees(long brokerAccountId, long conversationId) {
		return isAssignedToConversation(brokerAccountId, conversationId);
	}

	/** The broker's own assignments, for the workbench. */
	List<BrokerAssignment> of(long brokerAccountId) {
		return this.assignments.findByBrokerAccountIdOrderByAssignedAtDesc(brokerAccountId);
	}

	boolean isAssigned(long brokerAccountId, SubjectType type, long subjectId) {
		return this.assignments.existsByBrokerAccountIdAndSubjectTypeAndSubjectId(brokerAccountId, type, subjectId);
	}

	List<AssignmentView> views(List<BrokerAssignment> found) {
		Set<Long> brokerIds = new HashSet<>();
		Set<Long> agencyIds = new HashSet<>();
		found.forEach(assignment -> {
			brokerIds.add(assignment.brokerAccountId());
			agencyIds.add(assignment.agencyOrganisationId());
		});
		Map<Long, Person> brokers = this.people.findAll(brokerIds);
		Map<Long, OrganisationSummary> agencies = this.organisations.findAll(agencyIds);
		Locale locale = LocaleContextHolder.getLocale();
		return found.stream().map(assignment -> {
			Person broker = brokers.get(assignment.brokerAccountId());
			OrganisationSummary agency = agencies.get(assignment.agencyOrganisationId());
			String title = this.subjects.title(assignment.subjectType(), assignment.subjectId());
			return new AssignmentView(assignment.id(), assignment.brokerAccountId(),
					broker != null ? broker.displayName() : "#" + assignment.brokerAccountId(),
					assignment.agencyOrganisationId(),
					agency != null ? agency.name(locale) : "#" + assignment.agencyOrganisationId(),
					assignment.subjectType(), assignment.subjectId(), title, assignment.assignedAt());
		}).toList();
	}

	private boolean mayEnd(Actor actor, BrokerAssignment assignment) {
		return actor.isOperator() || actor.isAdminOf(assignment.agencyOrganisationId())
				|| (actor.organisationId() != null && this.subjects.find(assignment.subjectType(), assignment.subjectId())
					.filter(subject -> subject.isPartyOf(actor.organisationId()))
					.isPresent());
	}

	/** The service agency of an active broker; anyone else cannot be assigned or asked. */
	long agencyOf(long brokerAccountId) {
		Optional<Actor> broker = this.accounts.actorOf(brokerAccountId).filter(Actor::isBroker);
		Long agency = broker.map(Actor::organisationId).orElse(null);
		if (agency == null || !isServiceAgency(agency)) {
			throw InvalidInput.of("brokerAccountId", "brokerage.broker.unknown", brokerAccountId);
		}
		return agency;
	}

	private boolean isServiceAgency(long organisationId) {
		return this.organisations.find(organisationId)
			.map(organisation -> organisation.type() == OrganisationType.SERVICE_AGENCY)
			.orElse(false);
	}

}
