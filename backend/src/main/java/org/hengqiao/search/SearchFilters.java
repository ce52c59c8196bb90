package org.hengqiao.search;

import java.time.LocalDate;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of a search or a visitor's match request. Every member is optional; multi-valued ones match any of their
 * values (e.g. {@code cluster=NEW_MATERIALS&cluster=NONFERROUS_METALS}).
 */
public record SearchFilters(
		@Schema(description = "Only needs or only results") @Nullable PostingKind kind,
		@Schema(description = "Technical field code, first or second level (e.g. MAT or MAT.NONFERROUS)") @Nullable @Size(max = MAX_CODE_LENGTH) String field,
		@Schema(description = "Industry clusters (any of)") @Nullable Set<IndustryCluster> cluster,
		@Schema(description = "Cooperation modes (any of)") @Nullable Set<CooperationMode> mode,
		@Schema(description = "Lowest technology readiness level, 1–9") @Nullable Integer trlMin,
		@Schema(description = "Highest technology readiness level, 1–9") @Nullable Integer trlMax,
		@Schema(description = "Maturity stages (any of): LABORATORY, PILOT, INDUSTRIALISED") @Nullable Set<@Size(max = MAX_CODE_LENGTH) String> stage,
		@Schema(description = "Region code; includes the regions within it (430400 = all of Hengyang)") @Nullable @Size(max = MAX_CODE_LENGTH) String region,
		@Schema(description = "Budget or price range, lower end in yuan") @Nullable Long minYuan,
		@Schema(description = "Budget or price range, upper end in yuan") @Nullable Long maxYuan,
		@Schema(description = "Whether postings with a negotiable amount pass an amount filter (default yes)") @Nullable Boolean includeNegotiable,
		@Schema(description = "Types of the posting organisation (any of)") @Nullable Set<OrganisationType> organisationType,
		@Schema(description = "Published on or after") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedFrom,
		@Schema(description = "Published on or before") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedTo) {

	/** Codes and stages are short; a longer value is a mistake, and Elasticsearch would refuse it as a term. */
	public static final int MAX_CODE_LENGTH = 40;

	public static SearchFilters none() {
		return new SearchFilters(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	public static SearchFilters ofKind(PostingKind kind) {
		return none().withKind(kind);
	}

	public SearchFilters withKind(@Nullable PostingKind kind) {
		return new SearchFilters(kind, this.field, this.cluster, this.mode, this.trlMin, this.trlMax, this.stage,
				this.region, this.minYuan, this.maxYuan, this.includeNegotiable, this.organisationType,
				this.publishedFrom, this.publishedTo);
	}

	/** The names of the filters that are set, other than the kind (which is a scope rather than a filter). */
	public java.util.List<String> active() {
		java.util.List<String> active = new java.util.ArrayList<>();
		if (this.field != null && !this.field.isBlank()) active.add("field");
		if (this.cluster != null && !this.cluster.isEmpty()) active.add("cluster");
		if (this.mode != null && !this.mode.isEmpty()) active.add("mode");
		if (this.trlMin != null) active.add("trlMin");
		if (this.trlMax != null) active.add("trlMax");
		if (this.stage != null && !this.stage.isEmpty()) active.add("stage");
		if (this.region != null && !this.region.isBlank()) active.add("region");
		if (this.minYuan != null) active.add("minYuan");
		if (this.maxYuan != null) active.add("maxYuan");
		if (this.organisationType != null && !this.organisationType.isEmpty()) active.add("organisationType");
		if (this.publishedFrom != null) active.add("publishedFrom");
		if (this.publishedTo != null) active.add("publishedTo");
		return active;
	}

}
