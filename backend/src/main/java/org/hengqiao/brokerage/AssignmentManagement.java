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
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingNotFound;
import org.hengqiao.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who assigns brokers to what. An operator may assign any broker; the admin of a service agency only the agency's
 * own brokers; a broker is an active member of a service agency with the broker role. Needs and results must be ones
 * the assigner can read and that are public (brokers work on what is on the market).
 */
@Service
public class AssignmentManagement implements DealBrokerage, ConversationOversight {

	private final BrokerAssignments assignments;

	private final AccountManagement accounts;

	private final AccountDirectory people;

	private final OrganisationDirectory organisations;

	private final PostingDocuments postings;

	private final Actors actors;

	private final Clock clock;

	AssignmentManagement(BrokerAssignments assignments, AccountManagement accounts, AccountDirectory people,
			OrganisationDirectory organisations, PostingDocuments postings, Actors actors, Clock clock) {
		this.assignments = assignments;
		this.accounts = accounts;
		this.people = people;
		this.organisations = organisations;
		this.postings = postings;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional
	public AssignmentView assign(AssignmentRequest request) {
		Actor actor = this.actors.required();
		if (!actor.isOperator() && !actor.is(Role.ORG_ADMIN)) {
			throw new NotAllowed();
		}
		long agency = agencyOf(request.brokerAccountId());
		if (!actor.isOperator() && !actor.isAdminOf(agency)) {
			throw new NotAllowed();
		}
		if (!request.subjectType().isAssignable()) {
			throw InvalidInput.of("subjectType", "brokerage.assignment.subjectType", request.subjectType());
		}
		requireSubject(actor, request.subjectType(), request.subjectId());
		if (this.assignments.existsByBrokerAccountIdAndSubjectTypeAndSubjectId(request.brokerAccountId(),
				request.subjectType(), request.subjectId())) {
			throw new AlreadyAssigned();
		}
		BrokerAssignment saved = this.assignments.saveAndFlush(new BrokerAssignment(request.brokerAccountId(), agency,
				request.subjectType(), request.subjectId(), actor.accountId(), this.clock.instant()));
		return views(List.of(saved)).getFirst();
	}

	/** Operators and the admins of the assignment's agency; the broker themself may not drop the work. */
	@Transactional
	public void unassign(long id) {
		Actor actor = this.actors.required();
		BrokerAssignment assignment = this.assignments.findById(id)
			.filter(found -> mayManage(actor, found) || found.brokerAccountId() == actor.accountId())
			.orElseThrow(() -> new AssignmentNotFound(id));
		if (!mayManage(actor, assignment)) {
			throw new NotAllowed();
		}
		this.assignments.delete(assignment);
	}

	/**
	 * Assignments the caller may see: with a subject, its assignments (all for operators, the agency's for its
	 * admins, their own for a broker); without one, the caller's own as a broker, or with {@code agency} those of
	 * the caller's agency (its admins).
	 */
	@Transactional(readOnly = true)
	public List<AssignmentView> list(@Nullable SubjectType subjectType, @Nullable Long subjectId, boolean agency) {
		Actor actor = this.actors.required();
		List<BrokerAssignment> found;
		if (subjectType != null && subjectId != null) {
			found = this.assignments.findBySubjectTypeAndSubjectIdOrderByAssignedAt(subjectType, subjectId)
				.stream()
				.filter(assignment -> mayManage(actor, assignment)
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

	/** The brokers the caller may assign: every broker for operators, the agency's own for its admins. */
	@Transactional(readOnly = true)
	public List<Person> assignableBrokers() {
		Actor actor = this.actors.required();
		if (actor.isOperator()) {
			return this.people.brokers(null);
		}
		Long organisation = actor.organisationId();
		if (organisation == null || !actor.isAdminOf(organisation)) {
			throw new NotAllowed();
		}
		return this.people.brokers(organisation);
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
			String title = assignment.subjectType() == SubjectType.CONVERSATION ? null
					: this.postings.find(assignment.subjectId()).map(PostingDocument::title).orElse(null);
			return new AssignmentView(assignment.id(), assignment.brokerAccountId(),
					broker != null ? broker.displayName() : "#" + assignment.brokerAccountId(),
					assignment.agencyOrganisationId(),
					agency != null ? agency.name(locale) : "#" + assignment.agencyOrganisationId(),
					assignment.subjectType(), assignment.subjectId(), title, assignment.assignedAt());
		}).toList();
	}

	private static boolean mayManage(Actor actor, BrokerAssignment assignment) {
		return actor.isOperator() || actor.isAdminOf(assignment.agencyOrganisationId());
	}

	/** The service agency of an active broker; anyone else cannot be assigned. */
	private long agencyOf(long brokerAccountId) {
		Optional<Actor> broker = this.accounts.actorOf(brokerAccountId).filter(Actor::isBroker);
		Long agency = broker.map(Actor::organisationId).orElse(null);
		boolean serviceAgency = agency != null && this.organisations.find(agency)
			.map(organisation -> organisation.type() == OrganisationType.SERVICE_AGENCY)
			.orElse(false);
		if (!serviceAgency) {
			throw InvalidInput.of("brokerAccountId", "brokerage.broker.unknown", brokerAccountId);
		}
		return agency;
	}

	private void requireSubject(Actor actor, SubjectType type, long id) {
		if (type == SubjectType.CONVERSATION) {
			return;
		}
		PostingKind kind = type == SubjectType.NEED ? PostingKind.NEED : PostingKind.RESULT;
		this.postings.find(id)
			.filter(posting -> posting.kind() == kind)
			.filter(posting -> posting.isPublic() || actor.isOperator())
			.orElseThrow(() -> new PostingNotFound(id));
	}

}
