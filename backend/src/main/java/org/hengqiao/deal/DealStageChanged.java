package org.hengqiao.deal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A deal was created ({@code from} is {@code null}) or moved to another stage, published in the changing
 * transaction for notifications.
 *
 * @param actorAccountId who changed it (for an agreed stage: whoever gave the last agreement)
 * @param demandConfirmed whether the demand side has confirmed the deal (a new deal may await a side)
 * @param supplyConfirmed whether the supply side has
 */
public record DealStageChanged(long dealId, @Nullable DealStage from, DealStage to, long actorAccountId,
		@Nullable Long needId, @Nullable Long resultId, long demandOrganisationId, long supplyOrganisationId,
		@Nullable Long brokerAccountId, boolean demandConfirmed, boolean supplyConfirmed, Instant occurredAt) {
}
