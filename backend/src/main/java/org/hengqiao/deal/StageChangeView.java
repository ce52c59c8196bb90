package org.hengqiao.deal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a deal's history.
 *
 * @param from {@code null} for the deal's creation
 * @param to the stage reached, or for a consent step the stage it is about
 * @param action the consent step, or {@code null} for a stage change
 * @param details the reason of a loss, dispute or void, the contract's summary, or the note given with the change
 */
public record StageChangeView(long id, long actorAccountId, String actorName, @Nullable DealStage from, DealStage to,
		@Nullable DealConsentStep action, @Nullable String details, Instant occurredAt) {
}
