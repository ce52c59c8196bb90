package org.hengqiao.posting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.catalogue.TechnicalFields;
import org.hengqiao.organisation.OrganisationDirectory;
import org.hengqiao.organisation.OrganisationSummary;
import org.hengqiao.organisation.Regions;
import org.hengqiao.system.InvalidInput.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the need and result modules use to create, read and edit their postings: access rules, the edit rules of
 * the lifecycle, the audit log and the {@link PostingChanged} event are applied here, once for both kinds.
 * <p>
 * Methods taking an {@link Editor} are for callers that have checked access themselves (the importer checks the
 * uploader once per file) or act as the platform; the others act for the person in the current request.
 */
@Service
public class PostingWorkflow {

	/** Deadlines and dates in the audit log's filter are days in Hengyang. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Postings postings;

	private final PostingAccess access;

	private final PostingJournal journal;

	private final PostingViews views;

	private final Actors actors;

	private final OrganisationDirectory organisations;

	private final TechnicalFields fields;

	private final Regions regions;

	private final Clock clock;

	PostingWorkflow(Postings postings, PostingAccess access, PostingJournal journal, PostingViews views, Actors actors,
			OrganisationDirectory organisations, TechnicalFields fields, Regions regions, Clock clock) {
		this.postings = postings;
		this.access = access;
		this.journal = journal;
		this.views = views;
		this.actors = actors;
		this.organisations = organisations;
		this.fields = fields;
		this.regions = regions;
		this.clock = clock;
	}

	/** The signed-in person, who must act for an organisation to author postings. */
	public Actor author() {
		Actor actor = this.actors.required();
		if (actor.organisationId() == null) {
			throw new OrganisationRequired();
		}
		return actor;
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** Today in Hengyang. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	/**
	 * The rules of shared content that bean validation cannot check: known field and region, an amount range that
	 * is one, a way to reach the contact.
	 * @param amountField how the amount is called in the request ({@code budget} or {@code price})
	 */
	public List<FieldError> check(PostingContent content, String amountField) {
		List<FieldError> errors = new ArrayList<>();
		if (this.fields.findFileable(content.fieldCode()).isEmpty()) {
			errors.add(new FieldError("fieldCode", "posting.field.unknown", content.fieldCode()));
		}
		if (this.regions.find(content.regionCode()).isEmpty()) {
			errors.add(new FieldError("regionCode", "posting.region.unknown", content.regionCode()));
		}
		Amount amount = content.amount();
		if (!amount.negotiable() && amount.minYuan() == null) {
			errors.add(new FieldError(amountField + ".minYuan", "posting.amount.required"));
		}
		if (amount.minYuan() != null && amount.maxYuan() != null && amount.minYuan() > amount.maxYuan()) {
			errors.add(new FieldError(amountField + ".maxYuan", "posting.amount.range"));
		}
		if (content.contact().phone() == null && content.contact().email() == null) {
			errors.add(new FieldError("contact.phone", "posting.contact.reachable"));
		}
		return errors;
	}

	/** Saves a new draft, recording its creation. */
	@Transactional
	public <P extends Posting> P create(P posting, Editor editor) {
		P saved = this.postings.save(posting);
		this.journal.record(saved, editor, AuditAction.CREATED, null, null, List.of(), now());
		return saved;
	}

	/**
	 * Saves a new posting and publishes it at once, for loads the platform itself vouches for (demo data,
	 * benchmarks): submission and approval are recorded as the platform's, in one change.
	 */
	@Transactional
	public <P extends Posting> P createPublished(P posting, Editor editor) {
		requireVerified(posting);
		Instant now = now();
		posting.submit(now);
		posting.approve(now);
		P saved = this.postings.save(posting);
		this.journal.record(saved, editor, AuditAction.CREATED, null, "published on load", List.of(), now);
		return saved;
	}

	/** A posting the current caller may read; others are reported as not found. */
	@Transactional(readOnly = true)
	public <P extends Posting> P readable(long id, Class<P> type) {
		Actor actor = this.actors.current().orElse(null);
		return this.postings.findById(id)
			.filter(type::isInstance)
			.filter(posting -> this.access.canRead(actor, posting))
			.map(type::cast)
			.orElseThrow(() -> new PostingNotFound(id));
	}

	/**
	 * Edits a posting for the current caller: they must belong to its organisation, it must be editable, and
	 * {@code expectedVersion} must be the stored one. The change runs after these checks (so it may validate its
	 * input there and throw); a published posting goes back to review.
	 */
	@Transactional
	public <P extends Posting> P edit(long id, Class<P> type, long expectedVersion, Consumer<P> change) {
		Actor actor = this.actors.required();
		P posting = lockedFor(actor, id, type);
		if (!this.access.mayAttempt(actor, posting, PostingAction.EDIT)) {
			throw new ActionNotAllowed(PostingAction.EDIT.name());
		}
		posting.requireEditable();
		if (posting.version() != expectedVersion) {
			throw new StaleVersion(posting.version());
		}
		if (posting.status() == PostingStatus.PUBLISHED) {
			requireVerified(posting);
		}
		apply(posting, Editor.of(actor), change);
		return posting;
	}

	/**
	 * Applies a change to a posting the caller has locked and checked, recording the field-level diff.
	 * @return whether anything changed; an edit that changes nothing is not recorded and sends no event
	 */
	@Transactional
	public <P extends Posting> boolean apply(P posting, Editor editor, Consumer<P> change) {
		posting.requireEditable();
		Map<String, Object> before = posting.snapshot();
		PostingStatus from = posting.status();
		change.accept(posting);
		List<PostingJournal.FieldChange> changes = PostingJournal.diff(before, posting.snapshot());
		if (changes.isEmpty()) {
			return false;
		}
		Instant now = now();
		posting.edited(now);
		this.journal.record(posting, editor, AuditAction.EDITED, from, null, changes, now);
		return true;
	}

	/** Submits a posting for review on behalf of a caller who has checked access (the importer). */
	@Transactional
	public void submit(Posting posting, Editor editor) {
		requireVerified(posting);
		PostingStatus from = posting.status();
		Instant now = now();
		posting.submit(now);
		this.journal.record(posting, editor, AuditAction.SUBMITTED, from, null, List.of(), now);
	}

	/**
	 * Publishes a posting on the platform's own authority (demo and benchmark loads): it is submitted if need be and
	 * approved, each step recorded. Does nothing to a posting already public.
	 */
	@Transactional
	public void publish(Posting posting, Editor editor) {
		if (posting.status().isPublic()) {
			return;
		}
		if (PostingAction.SUBMIT.isLegalFrom(posting.status())) {
			submit(posting, editor);
		}
		PostingStatus from = posting.status();
		Instant now = now();
		posting.approve(now);
		this.journal.record(posting, editor, AuditAction.APPROVED, from, null, List.of(), now);
	}

	/** Whether the posting's organisation has been verified. */
	public boolean isVerified(long organisationId) {
		return this.organisations.find(organisationId).map(OrganisationSummary::verified).orElse(false);
	}

	/** The shared part of the detail view, for the current caller. */
	@Transactional(readOnly = true)
	public PostingView view(Posting posting) {
		return this.views.view(posting, this.actors.current().orElse(null));
	}

	/** Loads and locks a posting of the given kind that the actor may see. */
	<P extends Posting> P lockedFor(@Nullable Actor actor, long id, Class<P> type) {
		return this.postings.findForUpdate(id)
			.filter(type::isInstance)
			.filter(posting -> this.access.canRead(actor, posting))
			.map(type::cast)
			.orElseThrow(() -> new PostingNotFound(id));
	}

	void requireVerified(Posting posting) {
		if (!isVerified(posting.organisationId())) {
			throw new OrganisationNotVerified();
		}
	}

}
