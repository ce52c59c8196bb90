package org.hengqiao.matching;

import java.time.Instant;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;

/**
 * One matched posting (public information only), its score and why it matched.
 *
 * @param organisationId the owning organisation, so the portal can tell the viewer's own postings apart
 * @param score the ranking score (relevance × compatibility); unbounded, for ordering only
 * @param strength the calibrated match strength, 0–100 ({@link MatchStrength})
 * @param band the band the strength falls in
 */
public record Match(int rank, long id, PostingKind kind, String title, long organisationId,
		String organisationName, OrganisationType organisationType, @Nullable String fieldCode,
		Set<IndustryCluster> clusters, Set<CooperationMode> cooperationModes, String regionCode, @Nullable Integer trl,
		@Nullable String stage, boolean negotiable, @Nullable Long minYuan, @Nullable Long maxYuan,
		@Nullable Instant publishedAt, double score,
		@Schema(description = "Calibrated match strength, 0–100: the share of matches this strong that were relevant on the CSL benchmark, lowered by conflicting criteria") int strength,
		@Schema(description = "STRONG from 85, GOOD from 60, FAIR from 35, WEAK below (shown on request)") MatchBand band,
		MatchExplanation explanation) {

}
