package org.hengqiao.connect;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.account.Person;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.posting.ConfidentialDetails;
import org.hengqiao.posting.PostingNotFound;
import org.hengqiao.system.AttachmentStore;
import org.hengqiao.system.StoredFile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The NDA a posting's owner may attach, and the confidential details it guards. The interested side of a
 * conversation reads the confidential details once it has accepted the posting's current NDA, or at once when
 * there is none; each acceptance records who accepted which document (id and SHA-256) and when.
 */
@Service
public class Ndas {

	private static final long MAX_BYTES = 10L * 1024 * 1024;

	private final NdaRecords documents;

	private final NdaAcceptances acceptances;

	private final ConversationAccess access;

	private final ConfidentialDetails confidential;

	private final AttachmentStore store;

	private final ConnectAudit audit;

	private final OrganisationDirectory organisations;

	private final AccountDirectory people;

	private final Actors actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Ndas(NdaRecords documents, NdaAcceptances acceptances, ConversationAccess access, ConfidentialDetails confidential,
			AttachmentStore store, ConnectAudit audit, OrganisationDirectory organisations, AccountDirectory people,
			Actors actors, ApplicationEventPublisher events, Clock clock) {
		this.documents = documents;
		this.acceptances = acceptances;
		this.access = access;
		this.confidential = confidential;
		this.store = store;
		this.audit = audit;
		this.organisations = organisations;
		this.people = people;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** The owner attaches (or replaces) the posting's NDA: a PDF of at most 10 MB. */
	@Transactional
	public StoredDocument attach(long postingId, Upload upload) {
		Actor actor = this.actors.required();
		requireOwner(actor, postingId);
		String name = upload.fileName();
		StoredFile stored = this.store.store(upload.content(), name, MAX_BYTES, Set.of(AttachmentStore.PDF));
		// The bytes are outside the transaction: drop them if nothing ends up referring to them.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					Ndas.this.store.delete(stored.key());
				}
			}
		});
		this.documents.findFirstByPostingIdAndCurrentTrueOrderByIdDesc(postingId).ifPresent(previous -> {
			previous.retire();
			this.documents.saveAndFlush(previous);
		});
		Instant now = this.clock.instant();
		NdaDocument document = this.documents.save(new NdaDocument(postingId, stored, name, actor.accountId(), now));
		this.audit.save(new ConnectAuditEntry(ConnectAuditEntry.Action.NDA_ATTACHED, null, null,
				actor.organisationId() != null ? actor.organisationId() : 0L, actor.accountId(),
				"posting " + postingId + " nda " + document.id() + " sha256 " + document.sha256(), now));
		return document.view();
	}

	/** The posting's current NDA, for its owner. */
	@Transactional(readOnly = true)
	public Optional<StoredDocument> current(long postingId) {
		requireOwner(this.actors.required(), postingId);
		return this.documents.findFirstByPostingIdAndCurrentTrueOrderByIdDesc(postingId).map(NdaDocument::view);
	}

	/** The interested side of the conversation accepts the posting's current NDA. */
	@Transactional
	public ConversationView.Nda accept(long conversationId) {
		Actor actor = this.actors.required();
		Conversation conversation = this.access.participating(actor, conversationId);
		if (!actor.isMemberOf(conversation.interestedOrganisationId())) {
			throw new NotAllowed();
		}
		NdaDocument document = this.documents.findFirstByPostingIdAndCurrentTrueOrderByIdDesc(conversation.postingId())
			.orElseThrow(NdaMissing::new);
		if (!this.acceptances.existsByConversationIdAndNdaDocumentId(conversationId, document.id())) {
			Instant now = this.clock.instant();
			this.acceptances.save(new NdaAcceptance(conversationId, document, conversation.interestedOrganisationId(),
					actor.accountId(), now));
			this.audit.save(new ConnectAuditEntry(ConnectAuditEntry.Action.NDA_ACCEPTED, conversation.interestId(),
					conversationId, conversation.interestedOrganisationId(), actor.accountId(),
					"nda " + document.id() + " sha256 " + document.sha256(), now));
			this.events.publishEvent(new NdaAccepted(conversationId, conversation.postingId(), document.id(),
					document.sha256(), conversation.interestedOrganisationId(), conversation.ownerOrganisationId(),
					actor.accountId()));
		}
		return state(actor, conversation);
	}

	/** The NDA document of a conversation's posting, for anyone who may read the conversation. */
	@Transactional(readOnly = true)
	public Download download(long conversationId) {
		Conversation conversation = this.access.readable(this.actors.required(), conversationId);
		NdaDocument document = this.documents.findFirstByPostingIdAndCurrentTrueOrderByIdDesc(conversation.postingId())
			.orElseThrow(NdaMissing::new);
		return new Download(document.fileName(), document.contentType(), document.sizeBytes(),
				this.store.open(document.storeKey()));
	}

	/** The posting's confidential details, once the caller's side may read them. */
	@Transactional(readOnly = true)
	public ConversationView.Confidential confidentialDetails(long conversationId) {
		Actor actor = this.actors.required();
		Conversation conversation = this.access.readable(actor, conversationId);
		ConversationView.Confidential details = confidential(actor, conversation);
		if (details.exists() && details.text() == null) {
			throw new NdaNotAccepted();
		}
		return details;
	}

	ConversationView.Nda state(Actor actor, Conversation conversation) {
		Optional<NdaDocument> document = this.documents.findFirstByPostingIdAndCurrentTrueOrderByIdDesc(conversation.postingId());
		List<NdaAcceptance> accepted = this.acceptances.findByConversationIdOrderByAcceptedAt(conversation.id());
		boolean required = document.isPresent() && actor.isMemberOf(conversation.interestedOrganisationId())
				&& accepted.stream().noneMatch(acceptance -> acceptance.ndaDocumentId() == document.get().id());
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, OrganisationSummary> names = this.organisations
			.findAll(accepted.stream().map(NdaAcceptance::organisationId).distinct().toList());
		Map<Long, Person> people = accepted.isEmpty() ? Map.of()
				: this.people.findAll(accepted.stream().map(NdaAcceptance::acceptedBy).collect(Collectors.toSet()));
		List<ConversationView.Acceptance> views = accepted.stream().map(acceptance -> {
			OrganisationSummary organisation = names.get(acceptance.organisationId());
			Person person = people.get(acceptance.acceptedBy());
			return new ConversationView.Acceptance(acceptance.ndaDocumentId(), acceptance.sha256(),
					new InterestView.OrganisationRef(acceptance.organisationId(),
							organisation != null ? organisation.name(locale) : ""),
					person != null ? person.displayName() : "", acceptance.acceptedAt());
		}).toList();
		return new ConversationView.Nda(document.map(NdaDocument::view).orElse(null), required, views);
	}

	/**
	 * The owner's members always read their own details; the interested side after accepting the current NDA (or
	 * at once without one); an overseeing broker does not.
	 */
	ConversationView.Confidential confidential(Actor actor, Conversation conversation) {
		Optional<String> text = this.confidential.of(conversation.postingId());
		if (text.isEmpty()) {
			return new ConversationView.Confidential(false, null);
		}
		boolean allowed = actor.isMemberOf(conversation.ownerOrganisationId())
				|| (actor.isMemberOf(conversation.interestedOrganisationId())
						&& this.documents.findFirstByPostingIdAndCurrentTrueOrderByIdDesc(conversation.postingId())
							.map(document -> this.acceptances.existsByConversationIdAndNdaDocumentId(conversation.id(),
									document.id()))
							.orElse(true));
		return new ConversationView.Confidential(true, allowed ? text.get() : null);
	}

	private void requireOwner(Actor actor, long postingId) {
		long owner = this.confidential.ownerOf(postingId).orElseThrow(() -> new PostingNotFound(postingId));
		if (!actor.isMemberOf(owner)) {
			throw new PostingNotFound(postingId);
		}
	}

}
