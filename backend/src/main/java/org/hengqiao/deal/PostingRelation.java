package org.hengqiao.deal;

import org.hengqiao.connect.InterestStatus;
import org.jspecify.annotations.Nullable;

/**
 * What a posting means to the viewer's organisation, so its page shows what was already done and offers only what
 * may still be done (no button that ends in a 409).
 *
 * @param own the posting is the viewer's organisation's own
 * @param interest the latest interest the organisation expressed in it (or was introduced with), if any
 * @param conversationId the conversation that interest opened, if it was accepted
 * @param deal the organisation's latest deal on it, if any
 * @param mayExpressInterest the viewer may express interest now: a member of another verified organisation, the
 * posting public and no interest of the organisation still open
 * @param mayOpenDeal the viewer may open a deal now: as above, and no deal of the organisation on it still running
 */
public record PostingRelation(long postingId, boolean own, @Nullable InterestRef interest,
		@Nullable Long conversationId, @Nullable DealRef deal, boolean mayExpressInterest, boolean mayOpenDeal) {

	public record InterestRef(long id, InterestStatus status) {
	}

	/** @param confirmed whether both sides have confirmed the deal */
	public record DealRef(long id, DealStage stage, boolean confirmed) {
	}

}
