package org.hengqiao.search;

import java.time.Instant;
import java.util.Map;

import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;

/**
 * The state of the latest index rebuild.
 *
 * @param running whether it is still going on
 * @param indexed public postings written into the new indices so far
 * @param scanned postings read from the database so far
 * @param caughtUp postings changed while the rebuild ran and written again after the swap
 * @param indices the new index of each kind
 * @param error why it stopped, when it failed (the old indices then stay in service)
 */
public record RebuildReport(boolean running, @Nullable Instant startedAt, @Nullable Instant finishedAt, long scanned,
		long indexed, long caughtUp, Map<PostingKind, String> indices, @Nullable String error) {

	static RebuildReport never() {
		return new RebuildReport(false, null, null, 0, 0, 0, Map.of(), null);
	}

}
