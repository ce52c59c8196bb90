package org.hengqiao.connect;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.account.Person;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingNotFound;
import org.hengqiao.system.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expressions of interest: a member of a verified organisation expresses interest in another organisation's
 * public need or result, or a broker proposes one on an organisation's behalf, which that organisation confirms in
 * its own session before the owner sees it; the owner's members accept or decline it; the interested side may
 * withdraw it while pending. Acceptance opens the conversation between the two.
 */
@Service
public class Interests {

	static final int MAX_MESSAGE = 1000;

	private final InterestRecords interests;

	private final ConversationRecords conversations;

	private final ConnectAudit audit;

	private final PostingDocuments postings;

	private final OrganisationDirectory organisations;

	private final AccountDirectory people;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Interests(InterestRecords interests, ConversationRecords conversations, ConnectAudit audit,
			PostingDocuments postings, OrganisationDirectory organisations, AccountDirectory people, Actors actors,
			ApplicationEventPublisher events, Clock clock) {
		this.interests = interests;
		this.conversations = conversations;
		this.audit = audit;
		this.postings = postings;
		this.organisations = organisations;
		this.people = people;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** The acting member's verified organisation expresses interest in a public posting of another one. */
	@Transactional
	public InterestView express(long postingId, String message, @Nullable Long offeredPostingId) {
		Actor actor = this.actors.required();
		long organisationId = verifiedOrganisationOf(actor);
		Interest interest = create(postingId, organisationId, offeredPostingId, message, actor, null);
		return view(interest);
	}

	/**
	 * A broker introduces two parties: proposes an interest on the interested organisation's behalf, recording the
	 * broker as {@code introducedBy}. It stays {@link InterestStatus#PROPOSED}, unseen by the owner, until the
	 * interested organisation confirms it. The same rules hold as for an interest the organisation expresses itself.
	 * @throws NotAllowed unless the acting person is a broker
	 */
	@Transactional
	public InterestView introduce(long postingId, long interestedOrganisationId, @Nullable Long offeredPostingId,
			String message) {
		Actor broker = this.actors.required();
		if (!broker.isBroker()) {
			throw new NotAllowed();
		}
		OrganisationSummary interested = this.organisations.find(interestedOrganisationId)
			.orElseThrow(() -> InvalidInput.of("interestedOrganisationId", "connect.organisation.unknown"));
		if (!interested.verified()) {
			throw new VerifiedOrganisationRequired();
		}
		return view(create(postingId, interestedOrganisationId, offeredPostingId, message, broker,
				broker.accountId()));
	}

	/**
	 * A member of the introduced organisation agrees to a broker's introduction: only now does the owner see the
	 * interest (and get notified). Declining it is {@link #withdraw}.
	 */
	@Transactional
	public InterestView confirm(long interestId) {
		Actor actor = this.actors.required();
		Interest interest = this.interests.findForUpdate(interestId)
			.filter(found -> actor.organisationId() != null && found.visibleTo(actor.organisationId()))
			.filter(found -> actor.isMemberOf(found.interestedOrganisationId()))
			.orElseThrow(() -> new InterestNotFound(interestId));
		Instant now = this.clock.instant();
		interest.confirm(now);
		record(ConnectAuditEntry.Action.INTRODUCTION_CONFIRMED, interest, null, actor, null, now);
		this.events.publishEvent(new InterestExpressed(interest.id(), interest.postingId(),
				interest.postingOrganisationId(), interest.interestedOrganisationId(), interest.offeredPostingId(),
				interest.introducedBy()));
		return view(interest);
	}

	/** The posting's owner accepts a pending interest; this opens the conversation between the two organisations. */
	@Transactional
	public InterestView accept(long interestId) {
		Actor actor = this.actors.required();
		Interest interest = answerable(actor, interestId);
		Instant now = this.clock.instant();
		interest.accept(actor.accountId(), now);
		Conversation conversation = this.conversations.save(new Conversation(interest, now));
		record(ConnectAuditEntry.Action.INTEREST_ACCEPTED, interest, conversation.id(), actor, null, now);
		this.events.publishEvent(new InterestAnswered(interest.id(), interest.postingId(),
				interest.postingOrganisationId(), interest.interestedOrganisationId(), true, conversation.id(),
				actor.accountId()));
		return view(interest);
	}

	/** The posting's owner declines a pending interest, optionally saying why. */
	@Transactional
	public InterestView decline(long interestId, @Nullable String reason) {
		Actor actor = this.actors.required();
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (why != null && why.length() > MAX_MESSAGE) {
			throw InvalidInput.of("reason", "connect.reason.tooLong", MAX_MESSAGE);
		}
		Interest interest = answerable(actor, interestId);
		Instant now = this.clock.instant();
		interest.decline(actor.accountId(), why, now);
		record(ConnectAuditEntry.Action.INTEREST_DECLINED, interest, null, actor, why, now);
		this.events.publishEvent(new InterestAnswered(interest.id(), interest.postingId(),
				interest.postingOrganisationId(), interest.interestedOrganisationId(), false, null,
				actor.accountId()));
		return view(interest);
	}

	/** The interested side takes back a pending interest. */
	@Transactional
	public InterestView withdraw(long interestId) {
		Actor actor = this.actors.required();
		Interest interest = this.interests.findForUpdate(interestId)
			.filter(found -> actor.organisationId() != null && found.visibleTo(actor.organisationId()))
			.orElseThrow(() -> new InterestNotFound(interestId));
		if (!actor.isMemberOf(interest.interestedOrganisationId())) {
			throw new NotAllowed();
		}
		Instant now = this.clock.instant();
		interest.withdraw(actor.accountId(), now);
		record(ConnectAuditEntry.Action.INTEREST_WITHDRAWN, interest, null, actor, null, now);
		return view(interest);
	}

	/** Interests in the acting member's organisation's postings, newest first; unconfirmed introductions are not. */
	@Transactional(readOnly = true)
	public List<InterestView> received(@Nullable InterestStatus status) {
		long organisationId = organisationOf(this.actors.required());
		return views((status == null ? this.interests.findByPostingOrganisationIdOrderByCreatedAtDesc(organisationId)
				: this.interests.findByPostingOrganisationIdAndStatusOrderByCreatedAtDesc(organisationId, status))
			.stream()
			.filter(interest -> interest.visibleTo(organisationId))
			.toList());
	}

	/**
	 * Interests the acting member's organisation expressed (or was introduced with), newest first; with
	 * {@code PROPOSED}, the introductions awaiting its confirmation.
	 */
	@Transactional(readOnly = true)
	public List<InterestView> sent(@Nullable InterestStatus status) {
		long organisationId = organisationOf(this.actors.required());
		return views(status == null
				? this.interests.findByInterestedOrganisationIdOrderByCreatedAtDesc(organisationId)
				: this.interests.findByInterestedOrganisationIdAndStatusOrderByCreatedAtDesc(organisationId, status));
	}

	/**
	 * The latest interest the organisation expressed (or was introduced with) in the posting, whatever its status:
	 * what the posting's page tells that organisation's members.
	 */
	@Transactional(readOnly = true)
	public Optional<InterestView> latest(long postingId, long organisationId) {
		return this.interests
			.findFirstByPostingIdAndInterestedOrganisationIdOrderByCreatedAtDescIdDesc(postingId, organisationId)
			.map(this::view);
	}

	@Transactional(readOnly = true)
	public InterestView find(long interestId) {
		Actor actor = this.actors.required();
		return this.interests.findById(interestId)
			.filter(found -> actor.organisationId() != null && found.visibleTo(actor.organisationId()))
			.map(this::view)
			.orElseThrow(() -> new InterestNotFound(interestId));
	}

	private Interest create(long postingId, long organisationId, @Nullable Long offeredPostingId, String message,
			Actor actor, @Nullable Long introducedBy) {
		String text = message == null ? "" : message.strip();
		if (text.isEmpty()) {
			throw InvalidInput.of("message", "connect.message.required");
		}
		if (text.length() > MAX_MESSAGE) {
			throw InvalidInput.of("message", "connect.message.tooLong", MAX_MESSAGE);
		}
		PostingDocument posting = this.postings.find(postingId)
			.filter(PostingDocument::isPublic)
			.orElseThrow(() -> new PostingNotFound(postingId));
		if (posting.organisationId() == organisationId) {
			throw new OwnPosting();
		}
		if (offeredPostingId != null) {
			// Offered to the other side, so it must be one the other side may read: public and the organisation's own.
			boolean own = this.postings.find(offeredPostingId)
				.filter(offered -> offered.organisationId() == organisationId && offered.isPublic())
				.isPresent();
			if (!own) {
				throw InvalidInput.of("offeredPostingId", "connect.offeredPosting.notOwn");
			}
		}
		if (this.interests.existsByInterestedOrganisationIdAndOpenPostingId(organisationId, postingId)) {
			throw new InterestAlreadyOpen(postingId);
		}
		Instant now = this.clock.instant();
		Interest interest;
		try {
			// The unique index decides between two simultaneous first interests; the loser gets the same 409.
			interest = this.interests.saveAndFlush(new Interest(postingId, posting.organisationId(), organisationId,
					offeredPostingId, text, actor.accountId(), introducedBy, now));
		}
		catch (DataIntegrityViolationException ex) {
			throw new InterestAlreadyOpen(postingId);
		}
		if (introducedBy != null) {
			record(ConnectAuditEntry.Action.INTEREST_INTRODUCED, interest, null, actor, null, now);
			this.events.publishEvent(new IntroductionProposed(interest.id(), postingId, organisationId, introducedBy));
		}
		else {
			record(ConnectAuditEntry.Action.INTEREST_EXPRESSED, interest, null, actor, null, now);
			this.events.publishEvent(new InterestExpressed(interest.id(), postingId, posting.organisationId(),
					organisationId, offeredPostingId, null));
		}
		return interest;
	}

	/**
	 * A pending-or-not interest the actor's organisation received, locked; others' interests, and introductions the
	 * introduced side has not confirmed, are not found.
	 */
	private Interest answerable(Actor actor, long interestId) {
		Interest interest = this.interests.findForUpdate(interestId)
			.filter(found -> actor.organisationId() != null && found.visibleTo(actor.organisationId()))
			.orElseThrow(() -> new InterestNotFound(interestId));
		if (!actor.isMemberOf(interest.postingOrganisationId())) {
			throw new NotAllowed();
		}
		return interest;
	}

	private void record(ConnectAuditEntry.Action action, Interest interest, @Nullable Long conversationId,
			Actor actor, @Nullable String detail, Instant now) {
		long organisationId = actor.organisationId() != null ? actor.organisationId()
				: interest.interestedOrganisationId();
		this.audit.save(new ConnectAuditEntry(action, interest.id(), conversationId, organisationId,
				actor.accountId(), detail, now));
	}

	private static long organisationOf(Actor actor) {
		if (actor.organisationId() == null) {
			throw new NotAllowed();
		}
		return actor.organisationId();
	}

	private static long verifiedOrganisationOf(Actor actor) {
		if (actor.organisationId() == null || !actor.organisationVerified()) {
			throw new VerifiedOrganisationRequired();
		}
		return actor.organisationId();
	}

	InterestView view(Interest interest) {
		return views(List.of(interest)).getFirst();
	}

	private List<InterestView> views(List<Interest> interests) {
		if (interests.isEmpty()) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		Set<Long> organisationIds = new HashSet<>();
		Set<Long> postingIds = new HashSet<>();
		Set<Long> brokers = new HashSet<>();
		for (Interest interest : interests) {
			organisationIds.add(interest.postingOrganisationId());
			organisationIds.add(interest.interestedOrganisationId());
			postingIds.add(interest.postingId());
			if (interest.offeredPostingId() != null) {
				postingIds.add(interest.offeredPostingId());
			}
			if (interest.introducedBy() != null) {
				brokers.add(interest.introducedBy());
			}
		}
		Map<Long, OrganisationSummary> names = this.organisations.findAll(organisationIds);
		Map<Long, PostingDocument> documents = postingIds.stream()
			.map(this.postings::find)
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(PostingDocument::id, Function.identity()));
		Map<Long, Person> people = brokers.isEmpty() ? Map.of() : this.people.findAll(brokers);
		Map<Long, Long> conversationIds = conversationsOf(interests);
		return interests.stream().map(interest -> {
			Person broker = interest.introducedBy() != null ? people.get(interest.introducedBy()) : null;
			return new InterestView(interest.id(), postingRef(documents, interest.postingId()),
					organisationRef(names, interest.postingOrganisationId(), locale),
					organisationRef(names, interest.interestedOrganisationId(), locale),
					interest.offeredPostingId() != null ? postingRef(documents, interest.offeredPostingId()) : null,
					interest.message(), interest.status(), interest.declineReason(),
					interest.introducedBy() != null ? new InterestView.PersonRef(interest.introducedBy(),
							broker != null ? broker.displayName() : "") : null,
					conversationIds.get(interest.id()), interest.createdAt(), interest.answeredAt());
		}).toList();
	}

	private Map<Long, Long> conversationsOf(Collection<Interest> interests) {
		List<Long> accepted = interests.stream()
			.filter(interest -> interest.status() == InterestStatus.ACCEPTED)
			.map(Interest::id)
			.toList();
		if (accepted.isEmpty()) {
			return Map.of();
		}
		return this.conversations.findByInterestIdIn(accepted)
			.stream()
			.collect(Collectors.toMap(Conversation::interestId, Conversation::id));
	}

	private static InterestView.PostingRef postingRef(Map<Long, PostingDocument> documents, long id) {
		PostingDocument document = Objects.requireNonNull(documents.get(id), () -> "posting " + id + " missing");
		return new InterestView.PostingRef(id, document.kind(), document.title());
	}

	private static InterestView.OrganisationRef organisationRef(Map<Long, OrganisationSummary> names, long id,
			Locale locale) {
		OrganisationSummary organisation = names.get(id);
		return new InterestView.OrganisationRef(id, organisation != null ? organisation.name(locale) : "");
	}

}
