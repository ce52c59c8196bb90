package org.hengqiao.result;

import org.jspecify.annotations.Nullable;

/**
 * What shows a result is wanted, for its owner.
 *
 * @param views readers of its detail page outside the organisation while published, once per reader and day
 * @param matchingNeeds published needs among its best {@value ResultDemand#MATCH_POOL} matches scoring at least
 *        {@value ResultDemand#MATCH_THRESHOLD}; {@code null} while the result is not public or search is unavailable
 * @param interestReceived expressions of interest received from other organisations
 */
record DemandSignals(long resultId, long views, @Nullable Integer matchingNeeds, long interestReceived) {
}
