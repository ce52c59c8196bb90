package org.hengqiao.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;

/**
 * One page of keyword search results.
 *
 * @param total how many postings match (exact up to 10,000, then a lower bound)
 * @param items the page, best first in the chosen order
 * @param facets for each facet, the values present among the matches and how many match each
 * @param next cursor for the following page ({@code after=}), absent on the last page
 * @param noMatches true when nothing matched the query and filters
 * @param relaxation when nothing matched: what is close (semantic neighbours) and which filters to drop
 */
public record SearchPage(long total, List<Item> items, Map<String, List<FacetValue>> facets, @Nullable String next,
		boolean noMatches, @Nullable Relaxation relaxation) {

	/**
	 * A matching posting; {@code titleHighlighted} and {@code snippet} mark matched words with {@code <em>}.
	 * {@code organisationId} lets the portal tell the viewer's own postings apart.
	 */
	public record Item(long id, PostingKind kind, String title, String titleHighlighted, String snippet,
			long organisationId, String organisationName, OrganisationType organisationType, @Nullable String fieldCode,
			@Nullable String fieldParentCode, Set<IndustryCluster> clusters, Set<CooperationMode> cooperationModes,
			String regionCode, @Nullable Integer trl, @Nullable String stage, boolean negotiable,
			@Nullable Long minYuan, @Nullable Long maxYuan, @Nullable Instant publishedAt, List<String> keywords) {
	}

	public record FacetValue(String value, long count) {
	}

	/**
	 * What a search that found nothing offers instead.
	 *
	 * @param relaxed always true: the items are not answers to the query as asked
	 * @param removableFilters the active filters; dropping them gives {@code totalWithoutFilters} matches
	 * @param semantic the postings closest in meaning to the query (kNN), under the same filters when any exist
	 */
	public record Relaxation(@Schema(description = "Always true") boolean relaxed, List<String> removableFilters,
			long totalWithoutFilters, List<Item> semantic) {
	}

}
