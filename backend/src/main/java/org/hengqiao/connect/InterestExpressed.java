package org.hengqiao.connect;

import org.jspecify.annotations.Nullable;

/**
 * An organisation expressed interest in a posting (itself, or introduced by a broker). Published within the
 * transaction that recorded it.
 */
public record InterestExpressed(long interestId, long postingId, long postingOrganisationId,
		long interestedOrganisationId, @Nullable Long offeredPostingId, @Nullable Long introducedBy) {
}
