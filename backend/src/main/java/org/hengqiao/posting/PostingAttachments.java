package org.hengqiao.posting;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.system.AttachmentStore;
import org.hengqiao.system.InvalidInput;
import org.hengqiao.system.StoredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files attached to postings: PDFs and images of at most 10 MB, their type decided by their content. Adding or
 * removing one is an edit of the posting (owner only, editable statuses only, a published posting goes back to
 * review) and is recorded like one. Downloads follow the contact rule: the files carry the details.
 */
@Service
class PostingAttachments {

	static final long MAX_BYTES = 10L * 1024 * 1024;

	static final int MAX_FILES = 10;

	private static final Set<String> TYPES = Set.of(AttachmentStore.PDF, AttachmentStore.JPEG, AttachmentStore.PNG,
			AttachmentStore.WEBP);

	private final Attachments attachments;

	private final AttachmentStore store;

	private final PostingWorkflow workflow;

	private final PostingAccess access;

	private final PostingJournal journal;

	private final Actors actors;

	PostingAttachments(Attachments attachments, AttachmentStore store, PostingWorkflow workflow, PostingAccess access,
			PostingJournal journal, Actors actors) {
		this.attachments = attachments;
		this.store = store;
		this.workflow = workflow;
		this.access = access;
		this.journal = journal;
		this.actors = actors;
	}

	@Transactional(readOnly = true)
	List<PostingView.AttachmentView> list(PostingKind kind, long postingId) {
		Posting posting = readable(kind, postingId);
		return this.attachments.findByPostingIdOrderById(posting.id()).stream().map(Attachment::view).toList();
	}

	@Transactional
	PostingView.AttachmentView add(PostingKind kind, long postingId, InputStream content, @Nullable String declaredName) {
		Actor actor = this.actors.required();
		Posting posting = editable(actor, kind, postingId);
		if (this.attachments.countByPostingId(posting.id()) >= MAX_FILES) {
			throw InvalidInput.of("file", "posting.attachment.tooMany", MAX_FILES);
		}
		String name = fileName(declaredName);
		StoredFile stored = this.store.store(content, name, MAX_BYTES, TYPES);
		// The file is outside the transaction: if the transaction rolls back, nothing refers to it any more.
		afterRollback(() -> this.store.delete(stored.key()));
		Instant now = this.workflow.now();
		Attachment attachment = this.attachments.save(new Attachment(posting.id(), stored.key(), name,
				stored.contentType(), stored.size(), stored.sha256(), actor.accountId(), now));
		recordEdit(posting, actor, AuditAction.ATTACHMENT_ADDED, new PostingJournal.FieldChange("attachments", null, name),
				now);
		return attachment.view();
	}

	@Transactional
	void remove(PostingKind kind, long postingId, long attachmentId) {
		Actor actor = this.actors.required();
		Posting posting = editable(actor, kind, postingId);
		Attachment attachment = this.attachments.findByIdAndPostingId(attachmentId, posting.id())
			.orElseThrow(() -> new AttachmentNotFound(attachmentId));
		this.attachments.delete(attachment);
		// Delete the bytes only once the row is gone for good.
		afterCommit(() -> this.store.delete(attachment.storeKey()));
		recordEdit(posting, actor, AuditAction.ATTACHMENT_REMOVED,
				new PostingJournal.FieldChange("attachments", attachment.fileName(), null), this.workflow.now());
	}

	/** The file's details and an open stream of its bytes; the caller closes the stream. */
	@Transactional(readOnly = true)
	Download download(PostingKind kind, long postingId, long attachmentId) {
		Actor actor = this.actors.current().orElse(null);
		Posting posting = readable(kind, postingId);
		if (!this.access.canSeeContact(actor, posting)) {
			if (actor == null) {
				throw new org.hengqiao.account.NotSignedIn();
			}
			throw new ActionNotAllowed("DOWNLOAD_ATTACHMENT");
		}
		Attachment attachment = this.attachments.findByIdAndPostingId(attachmentId, posting.id())
			.orElseThrow(() -> new AttachmentNotFound(attachmentId));
		return new Download(attachment.fileName(), attachment.contentType(), attachment.sizeBytes(),
				this.store.open(attachment.storeKey()));
	}

	private Posting readable(PostingKind kind, long postingId) {
		Posting posting = this.workflow.readable(postingId, Posting.class);
		if (posting.kind() != kind) {
			throw new PostingNotFound(postingId);
		}
		return posting;
	}

	private Posting editable(Actor actor, PostingKind kind, long postingId) {
		Posting posting = this.workflow.lockedFor(actor, postingId, Posting.class);
		if (posting.kind() != kind) {
			throw new PostingNotFound(postingId);
		}
		if (!this.access.mayAttempt(actor, posting, PostingAction.EDIT)) {
			throw new ActionNotAllowed(PostingAction.EDIT.name());
		}
		posting.requireEditable();
		if (posting.status() == PostingStatus.PUBLISHED) {
			this.workflow.requireVerified(posting);
		}
		return posting;
	}

	private void recordEdit(Posting posting, Actor actor, AuditAction action, PostingJournal.FieldChange change,
			Instant now) {
		PostingStatus from = posting.status();
		// Touches the posting's own row too, so its version moves on with its attachments.
		posting.edited(now);
		this.journal.record(posting, Editor.of(actor), action, from, null, List.of(change), now);
	}

	/** The last path segment of the name the browser sent, without control characters, at most 255 characters. */
	static String fileName(@Nullable String declared) {
		String name = declared == null ? "" : declared.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "attachment";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	private static void afterRollback(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					action.run();
				}
			}
		});
	}

	private static void afterCommit(Runnable action) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

	record Download(String fileName, String contentType, long sizeBytes, InputStream content) {
	}

	static class AttachmentNotFound extends org.hengqiao.system.DomainException {

		AttachmentNotFound(long id) {
			super(Kind.NOT_FOUND, "attachmentNotFound", id);
		}

	}

}
