package org.hengqiao.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hengqiao.system.InvalidInput.FieldError;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A need or a result: what both share, and the one lifecycle they go through.
 * <p>
 * Why inheritance rather than composition: needs and results share almost all their content and every rule about
 * status, visibility and moderation, and lists, the moderation queue and index rebuilds read both kinds in one
 * query. One table (single-table inheritance, discriminated by {@code kind}) keeps those queries simple and fast;
 * the need and result modules add their own columns through subclasses, and this module never needs to know them.
 * <p>
 * Transitions refuse to run from a status they are not legal from ({@link IllegalTransition}); who may ask for them
 * is decided by {@link PostingWorkflow} and its access rules, not here.
 */
@Entity
@Table(name = "posting")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 16)
public abstract class Posting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Version
	private long version;

	/** The discriminator, readable in queries; Hibernate writes it. */
	@Column(name = "kind", insertable = false, updatable = false)
	@Enumerated(EnumType.STRING)
	private @Nullable PostingKind storedKind;

	private long organisationId;

	private @Nullable Long createdBy;

	@Enumerated(EnumType.STRING)
	private PostingStatus status;

	private String title;

	private String body;

	private String fieldCode;

	private String regionCode;

	private boolean negotiable;

	private @Nullable Long minYuan;

	private @Nullable Long maxYuan;

	private @Nullable Integer trl;

	@Enumerated(EnumType.STRING)
	private @Nullable MaturityStage stage;

	private @Nullable String contactName;

	private @Nullable String contactPhone;

	private @Nullable String contactEmail;

	@Enumerated(EnumType.STRING)
	private ContactVisibility contactVisibility;

	private @Nullable String rejectionReason;

	/** Shared only with the other side of an accepted interest (connect module); never indexed, never public. */
	private @Nullable String confidentialDetails;

	@Enumerated(EnumType.STRING)
	private @Nullable CloseOutcome outcome;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant submittedAt;

	private @Nullable Instant publishedAt;

	private @Nullable Instant closedAt;

	@ElementCollection
	@CollectionTable(name = "posting_cluster", joinColumns = @JoinColumn(name = "posting_id"))
	@Column(name = "cluster_code")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Set<IndustryCluster> clusters = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "posting_cooperation_mode", joinColumns = @JoinColumn(name = "posting_id"))
	@Column(name = "cooperation_mode")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Set<CooperationMode> cooperationModes = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "posting_keyword", joinColumns = @JoinColumn(name = "posting_id"))
	@OrderColumn(name = "idx")
	@Column(name = "keyword")
	@BatchSize(size = 100)
	private List<String> keywords = new ArrayList<>();

	/** For JPA only. */
	@SuppressWarnings("NullAway.Init")
	protected Posting() {
	}

	@SuppressWarnings("this-escape")
	protected Posting(long organisationId, @Nullable Long createdBy, PostingContent content, Instant now) {
		this.organisationId = organisationId;
		this.createdBy = createdBy;
		this.status = PostingStatus.DRAFT;
		this.contactVisibility = content.contactVisibility();
		this.title = content.title();
		this.body = content.text();
		this.fieldCode = content.fieldCode();
		this.regionCode = content.regionCode();
		this.createdAt = now;
		this.updatedAt = now;
		reviseContent(content);
	}

	public abstract PostingKind kind();

	/**
	 * A classification finer than the platform's technical field that the posting came with, such as the discipline
	 * of an imported research result; matching votes on it when present. {@code null} when there is none.
	 */
	public @Nullable String classification() {
		return null;
	}

	/** Only needs have a deadline. */
	public @Nullable LocalDate deadline() {
		return null;
	}

	/**
	 * Replaces the shared content. Collections are replaced only when they differ, so an edit that changes nothing
	 * leaves the row (and its version) untouched.
	 */
	protected final void reviseContent(PostingContent content) {
		this.title = content.title();
		this.body = content.text();
		this.fieldCode = content.fieldCode();
		this.regionCode = content.regionCode();
		Amount amount = content.amount();
		this.negotiable = amount.negotiable();
		this.minYuan = amount.minYuan();
		this.maxYuan = amount.maxYuan();
		Maturity maturity = content.maturity();
		this.trl = maturity != null ? maturity.trl() : null;
		this.stage = maturity != null ? maturity.stage() : null;
		Contact contact = content.contact();
		this.contactName = contact.name();
		this.contactPhone = contact.phone();
		this.contactEmail = contact.email();
		this.contactVisibility = content.contactVisibility();
		replace(this.clusters, content.clusters());
		replace(this.cooperationModes, content.cooperationModes());
		replace(this.keywords, content.keywords());
	}

	/** Replaces a collection's elements only when they differ, so Hibernate sees no change when there is none. */
	protected static <T> void replace(Set<T> current, Set<T> wanted) {
		if (!current.equals(wanted)) {
			current.clear();
			current.addAll(wanted);
		}
	}

	protected static <T> void replace(List<T> current, List<T> wanted) {
		if (!current.equals(wanted)) {
			current.clear();
			current.addAll(wanted);
		}
	}

	// Lifecycle. Each transition checks that it is legal from the current status and records when it happened.

	void submit(Instant now) {
		transition(PostingAction.SUBMIT);
		this.rejectionReason = null;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	void approve(Instant now) {
		transition(PostingAction.APPROVE);
		// A re-approved edit keeps its first publication date: lists sorted by "newest" show new postings, not edits.
		if (this.publishedAt == null) {
			this.publishedAt = now;
		}
		this.updatedAt = now;
	}

	void reject(String reason, Instant now) {
		transition(PostingAction.REJECT);
		this.rejectionReason = reason;
		this.updatedAt = now;
	}

	void withdraw(Instant now) {
		transition(PostingAction.WITHDRAW);
		this.updatedAt = now;
	}

	void startNegotiation(Instant now) {
		transition(PostingAction.NEGOTIATE);
		this.updatedAt = now;
	}

	void close(CloseOutcome outcome, Instant now) {
		transition(PostingAction.CLOSE);
		this.outcome = outcome;
		this.closedAt = now;
		this.updatedAt = now;
	}

	/**
	 * Back to published when the negotiation it was in ended without a contract (a deal was lost). Not an action
	 * the owner asks for on the posting: the deal that put it in negotiation ends it.
	 */
	void resumePublication(Instant now) {
		if (this.status != PostingStatus.IN_NEGOTIATION) {
			throw new IllegalTransition(this.status, PostingStatus.PUBLISHED);
		}
		this.status = PostingStatus.PUBLISHED;
		this.updatedAt = now;
	}

	/**
	 * Back to published when the deal whose contract closed it as matched was disputed or voided: the match did not
	 * hold. Not an action the owner asks for on the posting.
	 */
	void reopen(Instant now) {
		if (this.status != PostingStatus.CLOSED || this.outcome != CloseOutcome.MATCHED) {
			throw new IllegalTransition(this.status, PostingStatus.PUBLISHED);
		}
		this.status = PostingStatus.PUBLISHED;
		this.outcome = null;
		this.closedAt = null;
		this.updatedAt = now;
	}

	/** Only needs expire, once their deadline has passed; only while waiting for review or published. */
	void expire(Instant now) {
		if (kind() != PostingKind.NEED
				|| !(this.status == PostingStatus.SUBMITTED || this.status == PostingStatus.PUBLISHED)) {
			throw new IllegalTransition(this.status, PostingStatus.EXPIRED);
		}
		this.status = PostingStatus.EXPIRED;
		this.updatedAt = now;
	}

	void reviseConfidentialDetails(@Nullable String text, Instant now) {
		this.confidentialDetails = text;
		this.updatedAt = now;
	}

	void requireEditable() {
		if (!PostingAction.EDIT.isLegalFrom(this.status)) {
			throw new PostingNotEditable(this.status);
		}
	}

	/**
	 * After a change of content: a published posting goes back to review, so the public only ever sees what an
	 * operator approved.
	 */
	void edited(Instant now) {
		this.updatedAt = now;
		if (this.status == PostingStatus.PUBLISHED) {
			this.status = PostingStatus.SUBMITTED;
			this.submittedAt = now;
		}
	}

	private void transition(PostingAction action) {
		PostingStatus target = Objects.requireNonNull(action.target());
		if (!action.isLegalFrom(this.status)) {
			throw new IllegalTransition(this.status, target);
		}
		this.status = target;
	}

	/**
	 * The content as field name to comparable value, for the audit log's field-level diff. Subclasses add their own
	 * fields in {@link #describeDetails}.
	 */
	final Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", this.title);
		values.put("text", this.body);
		values.put("fieldCode", this.fieldCode);
		values.put("clusters", sortedNames(this.clusters));
		values.put("keywords", List.copyOf(this.keywords));
		values.put("cooperationModes", sortedNames(this.cooperationModes));
		values.put("amount", amount().negotiable() ? "negotiable" : amount().minYuan() + "-" + amount().maxYuan());
		values.put("regionCode", this.regionCode);
		values.put("trl", String.valueOf(this.trl));
		values.put("stage", String.valueOf(this.stage));
		values.put("contactName", String.valueOf(this.contactName));
		values.put("contactPhone", String.valueOf(this.contactPhone));
		values.put("contactEmail", String.valueOf(this.contactEmail));
		values.put("contactVisibility", this.contactVisibility.name());
		describeDetails(values);
		return values;
	}

	/**
	 * What must still hold when the owner submits (content rules that depend on the day, such as a need's deadline
	 * being in the future); none by default.
	 */
	protected List<FieldError> submissionProblems(LocalDate today) {
		return List.of();
	}

	/** Adds the subclass's own fields to the snapshot, as strings or lists of strings. */
	protected abstract void describeDetails(Map<String, Object> values);

	private static List<String> sortedNames(Set<? extends Enum<?>> values) {
		return values.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(Enum::name).toList();
	}

	public long id() {
		return Objects.requireNonNull(this.id, "posting not saved yet");
	}

	public long version() {
		return this.version;
	}

	public long organisationId() {
		return this.organisationId;
	}

	public @Nullable Long createdBy() {
		return this.createdBy;
	}

	public PostingStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	public String text() {
		return this.body;
	}

	public String fieldCode() {
		return this.fieldCode;
	}

	public String regionCode() {
		return this.regionCode;
	}

	public Amount amount() {
		return new Amount(this.negotiable, this.minYuan, this.maxYuan);
	}

	public @Nullable Maturity maturity() {
		return this.trl == null && this.stage == null ? null : new Maturity(this.trl, this.stage);
	}

	public @Nullable Integer trl() {
		return this.trl;
	}

	public @Nullable MaturityStage stage() {
		return this.stage;
	}

	public Contact contact() {
		return new Contact(Objects.requireNonNullElse(this.contactName, ""), this.contactPhone, this.contactEmail);
	}

	public ContactVisibility contactVisibility() {
		return this.contactVisibility;
	}

	public @Nullable String rejectionReason() {
		return this.rejectionReason;
	}

	public @Nullable String confidentialDetails() {
		return this.confidentialDetails;
	}

	public @Nullable CloseOutcome outcome() {
		return this.outcome;
	}

	/** Clusters in the enum's order. */
	public List<IndustryCluster> clusters() {
		return this.clusters.stream().sorted().toList();
	}

	public List<CooperationMode> cooperationModes() {
		return this.cooperationModes.stream().sorted().toList();
	}

	public Set<IndustryCluster> clusterSet() {
		return this.clusters.isEmpty() ? Set.of() : EnumSet.copyOf(this.clusters);
	}

	public Set<CooperationMode> cooperationModeSet() {
		return this.cooperationModes.isEmpty() ? Set.of() : EnumSet.copyOf(this.cooperationModes);
	}

	public List<String> keywords() {
		return List.copyOf(this.keywords);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public @Nullable Instant submittedAt() {
		return this.submittedAt;
	}

	public @Nullable Instant publishedAt() {
		return this.publishedAt;
	}

	public @Nullable Instant closedAt() {
		return this.closedAt;
	}

}
