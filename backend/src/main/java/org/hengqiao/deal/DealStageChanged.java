package org.hengqiao.deal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A deal was created ({@code from} is {@code null}) or moved to another stage, published in the changing
 * transaction for notifications.
 *
 * @param actorAccountId who changed it
 */
public record DealStageChanged(long dealId, @Nullable DealStage from, DealStage to, long actorAccountId,
		@Nullable Long needId, @Nullable Long resultId, long demandOrganisationId, long supplyOrganisationId,
		@Nullable Long brokerAccountId, Instant occurredAt) {
}
