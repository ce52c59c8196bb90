package org.hengqiao.connect;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.account.Actor;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.account.Person;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.system.AttachmentStore;
import org.hengqiao.system.InvalidInput;
import org.hengqiao.system.StoredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Conversations opened by accepted interests: each organisation's inbox (newest activity first, with unread
 * counts), messages with files (PDFs and images of at most 10 MB, like posting attachments), and read receipts
 * (the last message each side has read).
 */
@Service
public class Conversations {

	static final int MAX_TEXT = 5000;

	static final int MAX_FILES = 10;

	private static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final Set<String> TYPES = Set.of(AttachmentStore.PDF, AttachmentStore.JPEG, AttachmentStore.PNG,
			AttachmentStore.WEBP);

	private final ConversationRecords conversations;

	private final InterestRecords interests;

	private final MessageRecords messages;

	private final AttachmentRecords attachments;

	private final ReadRecords reads;

	private final ConversationAccess access;

	private final Ndas ndas;

	private final AttachmentStore store;

	private final PostingDocuments postings;

	private final OrganisationDirectory organisations;

	private final AccountDirectory people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Conversations(ConversationRecords conversations, MessageRecords messages, AttachmentRecords attachments,
			ReadRecords reads, ConversationAccess access, Ndas ndas, AttachmentStore store, PostingDocuments postings,
			OrganisationDirectory organisations, AccountDirectory people, ApplicationEventPublisher events,
			Clock clock, InterestRecords interests) {
		this.conversations = conversations;
		this.interests = interests;
		this.messages = messages;
		this.attachments = attachments;
		this.reads = reads;
		this.access = access;
		this.ndas = ndas;
		this.store = store;
		this.postings = postings;
		this.organisations = organisations;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** The acting member's organisation's conversations. */
	@Transactional(readOnly = true)
	public Inbox inbox() {
		Actor actor = this.access.actor();
		if (actor.organisationId() == null) {
			return new Inbox(0, List.of());
		}
		long organisationId = actor.organisationId();
		List<Conversation> conversations = this.conversations.inboxOf(organisationId);
		if (conversations.isEmpty()) {
			return new Inbox(0, List.of());
		}
		Map<Long, Long> unread = new HashMap<>();
		for (Object[] row : this.messages.unreadCounts(conversations.stream().map(Conversation::id).toList(),
				organisationId)) {
			unread.put((Long) row[0], (Long) row[1]);
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, OrganisationSummary> names = this.organisations
			.findAll(conversations.stream().map(c -> c.otherSide(organisationId)).distinct().toList());
		List<Inbox.Entry> entries = new ArrayList<>();
		for (Conversation conversation : conversations) {
			long other = conversation.otherSide(organisationId);
			String last = this.messages.findFirstByConversationIdOrderByIdDesc(conversation.id())
				.map(message -> preview(message.text()))
				.orElse(null);
			entries.add(new Inbox.Entry(conversation.id(), postingRef(conversation.postingId()),
					organisationRef(names, other, locale), last, conversation.lastActivityAt(),
					unread.getOrDefault(conversation.id(), 0L)));
		}
		return new Inbox(entries.stream().mapToLong(Inbox.Entry::unread).sum(), entries);
	}

	@Transactional(readOnly = true)
	public ConversationView find(long id) {
		Actor actor = this.access.actor();
		Conversation conversation = this.access.readable(actor, id);
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, OrganisationSummary> names = this.organisations
			.findAll(List.of(conversation.ownerOrganisationId(), conversation.interestedOrganisationId()));
		Long side = ConversationAccess.isParty(actor, conversation) ? actor.organisationId() : null;
		return new ConversationView(conversation.id(), conversation.interestId(),
				postingRef(conversation.postingId()),
				conversation.offeredPostingId() != null ? postingRef(conversation.offeredPostingId()) : null,
				organisationRef(names, conversation.ownerOrganisationId(), locale),
				organisationRef(names, conversation.interestedOrganisationId(), locale), side,
				conversation.createdAt(), conversation.lastActivityAt(), this.ndas.state(actor, conversation),
				this.ndas.confidential(actor, conversation), opening(conversation, names, side, locale));
	}

	/** The interest's message, the conversation's first words (a broker's introduction may have none). */
	private ConversationView.@Nullable Opening opening(Conversation conversation,
			Map<Long, OrganisationSummary> names, @Nullable Long side, Locale locale) {
		return this.interests.findById(conversation.interestId())
			.filter(interest -> !interest.message().isBlank())
			.map(interest -> new ConversationView.Opening(interest.message(),
					organisationRef(names, interest.interestedOrganisationId(), locale),
					this.people.find(interest.expressedBy()).map(Person::displayName).orElse(""),
					side != null && side == interest.interestedOrganisationId(), interest.createdAt()))
			.orElse(null);
	}

	/**
	 * The ids of the conversations two organisations have about one of the postings (the posting asked about or the
	 * one offered with the interest), whoever asks: for a deal to name where its parties met. Reading one still
	 * goes through {@link #find}.
	 */
	@Transactional(readOnly = true)
	public List<Long> between(long organisation, long otherOrganisation, Collection<Long> postingIds) {
		if (postingIds.isEmpty()) {
			return List.of();
		}
		return this.conversations.betweenAbout(organisation, otherOrganisation, postingIds);
	}

	/**
	 * The two organisations of a conversation, whoever asks: for the brokerage module to check that a request for a
	 * broker comes from one of them. Reading the conversation still goes through {@link #find}.
	 */
	@Transactional(readOnly = true)
	public Optional<ConversationParties> parties(long id) {
		return this.conversations.findById(id)
			.map(conversation -> new ConversationParties(conversation.id(), conversation.postingId(),
					conversation.ownerOrganisationId(), conversation.interestedOrganisationId()));
	}

	/**
	 * The conversation's messages, oldest first, with read receipts: all of them, or those after a message id the
	 * reader already has (what a page open on the conversation asks for every few seconds: one small query).
	 */
	@Transactional(readOnly = true)
	public List<MessageView> messages(long id, @Nullable Long afterId) {
		Actor actor = this.access.actor();
		Conversation conversation = this.access.readable(actor, id);
		return views(actor, conversation,
				afterId == null ? this.messages.findByConversationIdOrderById(conversation.id())
						: this.messages.findByConversationIdAndIdGreaterThanOrderById(conversation.id(), afterId));
	}

	/** How many messages from the other side the caller's organisation has not read, over all its conversations. */
	@Transactional(readOnly = true)
	public long unreadMessages() {
		Long organisationId = this.access.actor().organisationId();
		return organisationId == null ? 0 : this.messages.unreadTotal(organisationId);
	}

	/** A member of one of the two organisations posts a message, with text, files or both. */
	@Transactional
	public MessageView post(long id, @Nullable String text, List<Upload> files) {
		Actor actor = this.access.actor();
		Conversation conversation = this.access.participating(actor, id);
		String body = text == null ? "" : text.strip();
		if (body.isEmpty() && files.isEmpty()) {
			throw InvalidInput.of("text", "connect.text.required");
		}
		if (body.length() > MAX_TEXT) {
			throw InvalidInput.of("text", "connect.text.tooLong", MAX_TEXT);
		}
		if (files.size() > MAX_FILES) {
			throw InvalidInput.of("files", "connect.attachment.tooMany", MAX_FILES);
		}
		long organisationId = java.util.Objects.requireNonNull(actor.organisationId());
		Instant now = this.clock.instant();
		ConversationMessage message = this.messages
			.save(new ConversationMessage(conversation.id(), organisationId, actor.accountId(), body, now));
		for (Upload file : files) {
			String name = file.fileName();
			StoredFile stored = this.store.store(file.content(), name, MAX_BYTES, TYPES);
			deleteOnRollback(stored.key());
			this.attachments.save(new MessageAttachment(message.id(), stored, name));
		}
		conversation.touched(now);
		// The sender has read what they answer.
		markRead(conversation, organisationId, message.id(), now);
		this.events.publishEvent(new MessagePosted(message.id(), conversation.id(), conversation.postingId(),
				organisationId, conversation.otherSide(organisationId), actor.accountId()));
		return views(actor, conversation, List.of(message)).getFirst();
	}

	/** The caller's organisation has read the conversation up to the given message (or its latest). */
	@Transactional
	public void read(long id, @Nullable Long upToMessageId) {
		Actor actor = this.access.actor();
		Conversation conversation = this.access.participating(actor, id);
		Long last = upToMessageId;
		if (last != null && this.messages.findById(last)
			.filter(message -> message.conversationId() == conversation.id())
			.isEmpty()) {
			throw InvalidInput.of("upToMessageId", "connect.read.unknownMessage", last);
		}
		if (last == null) {
			last = this.messages.findFirstByConversationIdOrderByIdDesc(conversation.id())
				.map(ConversationMessage::id)
				.orElse(null);
		}
		if (last != null) {
			markRead(conversation, java.util.Objects.requireNonNull(actor.organisationId()), last,
					this.clock.instant());
		}
	}

	/** A file sent in the conversation, for anyone who may read it. */
	@Transactional(readOnly = true)
	public Download attachment(long id, long attachmentId) {
		Conversation conversation = this.access.readable(this.access.actor(), id);
		MessageAttachment attachment = this.attachments.findById(attachmentId)
			.filter(found -> this.messages.findById(found.messageId())
				.filter(message -> message.conversationId() == conversation.id())
				.isPresent())
			.orElseThrow(() -> new MessageAttachmentNotFound(attachmentId));
		return new Download(attachment.fileName(), attachment.contentType(), attachment.sizeBytes(),
				this.store.open(attachment.storeKey()));
	}

	private void markRead(Conversation conversation, long organisationId, long messageId, Instant now) {
		ConversationRead.Key key = new ConversationRead.Key(conversation.id(), organisationId);
		// The conversation row is locked, so one organisation's marks never race.
		this.reads.findById(key)
			.ifPresentOrElse(read -> read.readUpTo(messageId, now),
					() -> this.reads.save(new ConversationRead(conversation.id(), organisationId, messageId, now)));
	}

	private List<MessageView> views(Actor actor, Conversation conversation, List<ConversationMessage> messages) {
		if (messages.isEmpty()) {
			return List.of();
		}
		Map<Long, Long> readUpTo = this.reads.findByConversation(conversation.id())
			.stream()
			.collect(Collectors.toMap(ConversationRead::organisationId, ConversationRead::lastReadMessageId));
		Map<Long, List<MessageAttachment>> files = this.attachments
			.findByMessageIdInOrderById(messages.stream().map(ConversationMessage::id).toList())
			.stream()
			.collect(Collectors.groupingBy(MessageAttachment::messageId));
		Set<Long> senders = new HashSet<>(messages.stream().map(ConversationMessage::senderAccountId).toList());
		Map<Long, Person> people = this.people.findAll(senders);
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, OrganisationSummary> names = this.organisations
			.findAll(List.of(conversation.ownerOrganisationId(), conversation.interestedOrganisationId()));
		return messages.stream().map(message -> {
			long recipient = conversation.otherSide(message.senderOrganisationId());
			Person sender = people.get(message.senderAccountId());
			List<StoredDocument> documents = files.getOrDefault(message.id(), List.of())
				.stream()
				.map(file -> file.view(message.createdAt()))
				.toList();
			return new MessageView(message.id(), organisationRef(names, message.senderOrganisationId(), locale),
					sender != null ? sender.displayName() : "", actor.isMemberOf(message.senderOrganisationId()),
					message.text(), documents, message.createdAt(),
					readUpTo.getOrDefault(recipient, 0L) >= message.id());
		}).toList();
	}

	private InterestView.PostingRef postingRef(long postingId) {
		PostingDocument document = this.postings.find(postingId)
			.orElseThrow(() -> new IllegalStateException("posting " + postingId + " missing"));
		return new InterestView.PostingRef(postingId, document.kind(), document.title());
	}

	private static InterestView.OrganisationRef organisationRef(Map<Long, OrganisationSummary> names, long id,
			Locale locale) {
		OrganisationSummary organisation = names.get(id);
		return new InterestView.OrganisationRef(id, organisation != null ? organisation.name(locale) : "");
	}

	private static String preview(String text) {
		return text.length() <= 80 ? text : text.substring(0, 80) + "…";
	}

	private void deleteOnRollback(String key) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					Conversations.this.store.delete(key);
				}
			}
		});
	}

}
