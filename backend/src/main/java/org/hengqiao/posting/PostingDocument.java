package org.hengqiao.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hengqiao.organisation.OrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a posting that search and matching need, flattened. Contact details are not part of it:
 * they are shown only on the detail page, under the posting's visibility rules.
 *
 * @param text the need's description or the result's abstract
 * @param fieldCode second-level technical field code; {@code fieldParentCode} is its first level
 * @param classification a finer classification the posting came with (see {@link Posting#classification()})
 * @param minYuan lower end of the budget (need) or price (result) in whole yuan; {@code null} when negotiable
 * @param trl technology readiness level 1–9 of a result, or the minimum a need asks for
 * @param stage maturity stage of a result (LABORATORY, PILOT, INDUSTRIALISED), or the one a need asks for
 */
public record PostingDocument(long id, PostingKind kind, long version, PostingStatus status, long organisationId,
		String organisationName, OrganisationType organisationType, String title, String text, List<String> keywords,
		@Nullable String fieldCode, @Nullable String fieldParentCode, @Nullable String classification,
		Set<IndustryCluster> clusters,
		Set<CooperationMode> cooperationModes, boolean negotiable, @Nullable Long minYuan, @Nullable Long maxYuan,
		String regionCode, @Nullable Integer trl, @Nullable String stage, @Nullable LocalDate deadline,
		@Nullable Instant publishedAt, Instant updatedAt) {

	public boolean isPublic() {
		return this.status.isPublic();
	}

}
