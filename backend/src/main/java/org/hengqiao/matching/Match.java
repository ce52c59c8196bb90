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
 * @param organisationId the owning organisation, so the portal can tell the viewer's own postings apart; filled in
 *        by {@link MatchOwners} for the REST answers
 */
public record Match(int rank, long id, PostingKind kind, String title, @Nullable Long organisationId,
		String organisationName, OrganisationType organisationType, @Nullable String fieldCode,
		Set<IndustryCluster> clusters, Set<CooperationMode> cooperationModes, String regionCode, @Nullable Integer trl,
		@Nullable String stage, boolean negotiable, @Nullable Long minYuan, @Nullable Long maxYuan,
		@Nullable Instant publishedAt, double score, MatchExplanation explanation) {

	/** A match as ranking produces it, its owner not yet named. */
	public Match(int rank, long id, PostingKind kind, String title, String organisationName,
			OrganisationType organisationType, @Nullable String fieldCode, Set<IndustryCluster> clusters,
			Set<CooperationMode> cooperationModes, String regionCode, @Nullable Integer trl, @Nullable String stage,
			boolean negotiable, @Nullable Long minYuan, @Nullable Long maxYuan, @Nullable Instant publishedAt,
			double score, MatchExplanation explanation) {
		this(rank, id, kind, title, null, organisationName, organisationType, fieldCode, clusters, cooperationModes,
				regionCode, trl, stage, negotiable, minYuan, maxYuan, publishedAt, score, explanation);
	}

	Match ownedBy(@Nullable Long owner) {
		return new Match(this.rank, this.id, this.kind, this.title, owner, this.organisationName,
				this.organisationType, this.fieldCode, this.clusters, this.cooperationModes, this.regionCode, this.trl,
				this.stage, this.negotiable, this.minYuan, this.maxYuan, this.publishedAt, this.score,
				this.explanation);
	}

}
