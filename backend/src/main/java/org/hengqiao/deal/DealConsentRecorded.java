package org.hengqiao.deal;

import java.time.Instant;

/**
 * A side confirmed a deal, or a stage was proposed, agreed to or rejected, published in the changing transaction so
 * the other side hears it is asked (or was answered).
 *
 * @param stage the stage proposed (for a confirmation: the deal's stage)
 * @param confirmed whether both sides have now confirmed the deal
 */
public record DealConsentRecorded(long dealId, DealConsentStep step, DealStage stage, long actorAccountId,
		long demandOrganisationId, long supplyOrganisationId, @org.jspecify.annotations.Nullable Long brokerAccountId,
		boolean confirmed, Instant occurredAt) {
}
