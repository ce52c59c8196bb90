package org.hengqiao.brokerage;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.account.Person;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.system.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations ask brokers for help: a member of a public posting's owner, or of either organisation of a
 * conversation, asks a named broker (who alone accepts or declines) or any broker (an operator assigns one, see
 * {@link AssignmentManagement#assign}, or declines). Acceptance creates the assignment. The requester may withdraw
 * while the request is pending. Whoever may not see a request gets 404.
 */
@Service
public class RequestManagement {

	private final BrokerRequests requests;

	private final AssignmentManagement assignments;

	private final Subjects subjects;

	private final AccountDirectory people;

	private final OrganisationDirectory organisations;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RequestManagement(BrokerRequests requests, AssignmentManagement assignments, Subjects subjects,
			AccountDirectory people, OrganisationDirectory organisations, Actors actors,
			ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.assignments = assignments;
		this.subjects = subjects;
		this.people = people;
		this.organisations = organisations;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public RequestView ask(RequestDraft draft) {
		Actor actor = this.actors.required();
		Long organisation = actor.organisationId();
		if (organisation == null) {
			throw new NotAllowed();
		}
		if (!draft.subjectType().isAssignable()) {
			throw InvalidInput.of("subjectType", "brokerage.assignment.subjectType", draft.subjectType());
		}
		// Unknown, not the caller's, or a posting not on the market: one answer, so nothing leaks about others'.
		Subjects.Subject subject = this.subjects.find(draft.subjectType(), draft.subjectId())
			.filter(found -> found.isPartyOf(organisation) && found.open())
			.orElseThrow(() -> InvalidInput.of("subjectId", "brokerage.request.subject", draft.subjectType(),
					draft.subjectId()));
		Long broker = draft.brokerAccountId();
		if (broker != null) {
			this.assignments.agencyOf(broker);
			if (this.assignments.isAssigned(broker, subject.type(), subject.id())) {
				throw new AlreadyAssigned();
			}
		}
		BrokerRequest saved = this.requests.saveAndFlush(new BrokerRequest(organisation, actor.accountId(),
				subject.type(), subject.id(), broker, draft.message().strip(), this.clock.instant()));
		this.events.publishEvent(new BrokerRequested(saved.id(), broker, subject.type(), subject.id()));
		return view(saved);
	}

	/** The broker asked accepts: they are assigned to the subject, and the requester (both sides of a conversation) told. */
	@Transactional
	public RequestView accept(long id) {
		Actor actor = this.actors.required();
		BrokerRequest request = this.requests.findForUpdate(id)
			.filter(found -> isAddressedTo(actor, found))
			.orElseThrow(() -> new RequestNotFound(id));
		long agency = this.assignments.agencyOf(actor.accountId());
		Subjects.Subject subject = this.subjects.find(request.subjectType(), request.subjectId())
			.filter(Subjects.Subject::open)
			.orElseThrow(() -> InvalidInput.of("subjectId", "brokerage.subject.notPublic", request.subjectType(),
					request.subjectId()));
		request.accept(actor.accountId(), actor.accountId(), this.clock.instant());
		this.assignments.create(actor.accountId(), agency, subject, actor.accountId(), request);
		this.events.publishEvent(
				new BrokerRequestAnswered(request.id(), request.requesterOrganisationId(), actor.accountId(), true));
		return view(request);
	}

	/** The broker asked declines; an operator declines a request to any broker. */
	@Transactional
	public RequestView decline(long id) {
		Actor actor = this.actors.required();
		BrokerRequest request = this.requests.findForUpdate(id)
			.filter(found -> isAddressedTo(actor, found) || (actor.isOperator() && found.brokerAccountId() == null))
			.orElseThrow(() -> new RequestNotFound(id));
		request.decline(actor.accountId(), this.clock.instant());
		this.events.publishEvent(new BrokerRequestAnswered(request.id(), request.requesterOrganisationId(),
				actor.accountId(), false));
		return view(request);
	}

	/** A member of the requesting organisation takes the request back while it is pending. */
	@Transactional
	public RequestView withdraw(long id) {
		Actor actor = this.actors.required();
		BrokerRequest request = this.requests.findForUpdate(id)
			.filter(found -> actor.isMemberOf(found.requesterOrganisationId()))
			.orElseThrow(() -> new RequestNotFound(id));
		request.withdraw(actor.accountId(), this.clock.instant());
		return view(request);
	}

	/**
	 * {@code received}: requests addressed to the calling broker (newest first), or for operators the pending ones
	 * to any broker (oldest first); {@code sent}: the caller's organisation's requests.
	 */
	@Transactional(readOnly = true)
	public List<RequestView> list(String box) {
		Actor actor = this.actors.required();
		List<BrokerRequest> found = switch (box) {
			case "received" -> {
				if (actor.isOperator()) {
					yield this.requests.findByBrokerAccountIdIsNullAndStatusOrderByCreatedAt(RequestStatus.PENDING);
				}
				if (!actor.isBroker()) {
					throw new NotAllowed();
				}
				yield this.requests.findByBrokerAccountIdOrderByCreatedAtDesc(actor.accountId());
			}
			case "sent" -> {
				if (actor.organisationId() == null) {
					throw new NotAllowed();
				}
				yield this.requests.findByRequesterOrganisationIdOrderByCreatedAtDesc(actor.organisationId());
			}
			default -> throw InvalidInput.of("box", "brokerage.request.box", box);
		};
		return views(found);
	}

	@Transactional(readOnly = true)
	public RequestView find(long id) {
		Actor actor = this.actors.required();
		return this.requests.findById(id)
			.filter(found -> actor.isMemberOf(found.requesterOrganisationId()) || isAddressedTo(actor, found)
					|| (actor.isOperator() && found.brokerAccountId() == null))
			.map(this::view)
			.orElseThrow(() -> new RequestNotFound(id));
	}

	private static boolean isAddressedTo(Actor actor, BrokerRequest request) {
		return actor.isBroker() && Objects.equals(request.brokerAccountId(), actor.accountId());
	}

	private RequestView view(BrokerRequest request) {
		return views(List.of(request)).getFirst();
	}

	private List<RequestView> views(List<BrokerRequest> found) {
		Set<Long> brokerIds = new HashSet<>();
		Set<Long> organisationIds = new HashSet<>();
		found.forEach(request -> {
			if (request.brokerAccountId() != null) {
				brokerIds.add(request.brokerAccountId());
			}
			organisationIds.add(request.requesterOrganisationId());
		});
		Map<Long, Person> brokers = brokerIds.isEmpty() ? Map.of() : this.people.findAll(brokerIds);
		Map<Long, OrganisationSummary> requesters = this.organisations.findAll(organisationIds);
		Locale locale = LocaleContextHolder.getLocale();
		return found.stream().map(request -> {
			Long brokerId = request.brokerAccountId();
			Person broker = brokerId != null ? brokers.get(brokerId) : null;
			OrganisationSummary requester = requesters.get(request.requesterOrganisationId());
			Instant answeredAt = request.answeredAt();
			return new RequestView(request.id(), request.subjectType(), request.subjectId(),
					this.subjects.title(request.subjectType(), request.subjectId()), request.requesterOrganisationId(),
					requester != null ? requester.name(locale) : "#" + request.requesterOrganisationId(), brokerId,
					broker != null ? broker.displayName() : null, request.message(), request.status(),
					request.createdAt(), answeredAt);
		}).toList();
	}

}
