package org.hengqiao.matching;

import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.search.IndexedPosting;
import org.hengqiao.search.SearchFilters;
import org.jspecify.annotations.Nullable;

/**
 * The structured side of a posting, or of what a visitor asks for: what the compatibility rules compare. For a
 * need, the amounts are its budget and trl/stage the least maturity it accepts; for a result, its price and
 * maturity.
 */
public record MatchProfile(
		@Schema(description = "Acceptable cooperation modes") @Nullable Set<CooperationMode> modes,
		@Schema(description = "Industry clusters") @Nullable Set<IndustryCluster> clusters,
		@Schema(description = "Second-level technical field code") @Nullable @Size(max = SearchFilters.MAX_CODE_LENGTH) String fieldCode,
		@Schema(description = "First-level technical field code") @Nullable @Size(max = SearchFilters.MAX_CODE_LENGTH) String fieldParentCode,
		@Schema(description = "Technology readiness level 1–9 (least acceptable, for a need)") @Nullable @Min(1) @Max(9) Integer trl,
		@Schema(description = "Maturity stage: LABORATORY, PILOT, INDUSTRIALISED") @Nullable @Size(max = SearchFilters.MAX_CODE_LENGTH) String stage,
		@Schema(description = "Lower end of the amount in yuan") @Nullable @PositiveOrZero Long minYuan,
		@Schema(description = "Upper end of the amount in yuan") @Nullable @PositiveOrZero Long maxYuan,
		@Schema(description = "Whether the amount is negotiable") boolean negotiable,
		@Schema(description = "Region code") @Nullable @Size(max = SearchFilters.MAX_CODE_LENGTH) String regionCode) {

	public static MatchProfile empty() {
		return new MatchProfile(null, null, null, null, null, null, null, null, false, null);
	}

	static MatchProfile of(PostingDocument posting) {
		return new MatchProfile(posting.cooperationModes(), posting.clusters(), posting.fieldCode(),
				posting.fieldParentCode(), posting.trl(), posting.stage(), posting.minYuan(), posting.maxYuan(),
				posting.negotiable(), posting.regionCode());
	}

	static MatchProfile of(IndexedPosting posting) {
		return new MatchProfile(posting.cooperationModes(), posting.clusters(), posting.fieldCode(),
				posting.fieldParentCode(), posting.trl(), posting.stage(), posting.minYuan(), posting.maxYuan(),
				posting.negotiable(), posting.regionCode());
	}

}
