package org.hengqiao.matching;

import java.time.Instant;
import java.util.Set;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;

/**
 * One matched posting (public information only), its score and why it matched.
 *
 * @param organisationId the owning organisation, so the portal can tell the viewer's own postings apart
 */
public record Match(int rank, long id, PostingKind kind, String title, long organisationId,
		String organisationName, OrganisationType organisationType, @Nullable String fieldCode,
		Set<IndustryCluster> clusters, Set<CooperationMode> cooperationModes, String regionCode, @Nullable Integer trl,
		@Nullable String stage, boolean negotiable, @Nullable Long minYuan, @Nullable Long maxYuan,
		@Nullable Instant publishedAt, double score, MatchExplanation explanation) {

}
