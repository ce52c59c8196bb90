package org.hengqiao.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingStatus;
import org.jspecify.annotations.Nullable;

/** Test data builder: {@code aResult("…", "…").inCluster(NEW_MATERIALS).published()}. */
public final class Postings {

	private final PostingKind kind;

	private long id = TestPostings.nextId();

	private long version = 1;

	private PostingStatus status = PostingStatus.DRAFT;

	private long organisationId = 1;

	private String organisationName = "衡阳测试单位";

	private OrganisationType organisationType;

	private final String title;

	private final String text;

	private List<String> keywords = List.of();

	private @Nullable String fieldCode;

	private @Nullable String fieldParentCode;

	private Set<IndustryCluster> clusters = EnumSet.noneOf(IndustryCluster.class);

	private Set<CooperationMode> modes = EnumSet.noneOf(CooperationMode.class);

	private boolean negotiable = true;

	private @Nullable Long minYuan;

	private @Nullable Long maxYuan;

	private String regionCode = "430400";

	private @Nullable Integer trl;

	private @Nullable String stage;

	private @Nullable Instant publishedAt;

	private Instant updatedAt = Instant.now();

	private Postings(PostingKind kind, String title, String text) {
		this.kind = kind;
		this.title = title;
		this.text = text;
		this.organisationType = kind == PostingKind.NEED ? OrganisationType.ENTERPRISE : OrganisationType.UNIVERSITY;
	}

	public static Postings aNeed(String title, String text) {
		return new Postings(PostingKind.NEED, title, text);
	}

	public static Postings aResult(String title, String text) {
		return new Postings(PostingKind.RESULT, title, text);
	}

	public Postings id(long id) { this.id = id; return this; }
	public Postings version(long version) { this.version = version; return this; }
	public Postings by(long organisationId, String name, OrganisationType type) { this.organisationId = organisationId; this.organisationName = name; this.organisationType = type; return this; }
	public Postings keywords(String... keywords) { this.keywords = List.of(keywords); return this; }
	public Postings field(String code) { this.fieldCode = code; this.fieldParentCode = code.contains(".") ? code.substring(0, code.indexOf('.')) : null; return this; }
	public Postings inClusters(IndustryCluster... clusters) { this.clusters = Set.of(clusters); return this; }
	public Postings modes(CooperationMode... modes) { this.modes = Set.of(modes); return this; }
	public Postings amount(@Nullable Long min, @Nullable Long max) { this.negotiable = false; this.minYuan = min; this.maxYuan = max; return this; }
	public Postings in(String regionCode) { this.regionCode = regionCode; return this; }
	public Postings trl(int trl) { this.trl = trl; return this; }
	public Postings stage(String stage) { this.stage = stage; return this; }
	public Postings publishedOn(LocalDate day) { this.publishedAt = day.atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant().plusSeconds(3600); return this; }

	public PostingDocument draft() {
		return build(PostingStatus.DRAFT);
	}

	public PostingDocument published() {
		if (this.publishedAt == null) {
			this.publishedAt = Instant.now();
		}
		return build(PostingStatus.PUBLISHED);
	}

	public PostingDocument withdrawn() {
		return build(PostingStatus.WITHDRAWN);
	}

	private PostingDocument build(PostingStatus status) {
		this.status = status;
		return new PostingDocument(this.id, this.kind, this.version, this.status, this.organisationId,
				this.organisationName, this.organisationType, this.title, this.text, this.keywords, this.fieldCode,
				this.fieldParentCode, null, this.clusters, this.modes, this.negotiable, this.minYuan, this.maxYuan,
				this.regionCode, this.trl, this.stage, null, this.publishedAt, this.updatedAt);
	}

	/** The same posting at a later version with other content. */
	public static PostingDocument changed(PostingDocument p, long version, String title, PostingStatus status) {
		return new PostingDocument(p.id(), p.kind(), version, status, p.organisationId(), p.organisationName(),
				p.organisationType(), title, p.text(), p.keywords(), p.fieldCode(), p.fieldParentCode(), p.classification(),
				p.clusters(),
				p.cooperationModes(), p.negotiable(), p.minYuan(), p.maxYuan(), p.regionCode(), p.trl(), p.stage(),
				p.deadline(), p.publishedAt(), Instant.now());
	}

}
