package org.hengqiao.deal;

import org.hengqiao.account.Actor;
import org.hengqiao.posting.ClosedPostingAccess;
import org.springframework.stereotype.Component;

/**
 * The parties of a deal and its broker keep reading the deal's postings once the signed contract has closed them
 * (and the public no longer can): they are what the contract is about. A deal that ended (lost, disputed, voided)
 * or was never confirmed by both sides grants nothing.
 */
@Component
class DealPartiesReadPostings implements ClosedPostingAccess {

	private final Deals deals;

	DealPartiesReadPostings(Deals deals) {
		this.deals = deals;
	}

	@Override
	public boolean grants(Actor reader, long postingId) {
		long organisation = reader.organisationId() != null ? reader.organisationId() : -1;
		return this.deals.existsLiveFor(postingId, organisation, reader.accountId());
	}

}
