package org.hengqiao.deal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a deal's history.
 *
 * @param from {@code null} for the deal's creation
 * @param details the reason of a loss, the contract's summary, or the note given with the change
 */
public record StageChangeView(long id, long actorAccountId, String actorName, @Nullable DealStage from, DealStage to,
		@Nullable String details, Instant occurredAt) {
}
