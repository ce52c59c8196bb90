package org.hengqiao.deal;

import org.hengqiao.system.DomainException;

/** Deals are made on published postings (or ones already in negotiation), not on drafts or closed ones. */
public class PostingNotOpenForDeal extends DomainException {

	public PostingNotOpenForDeal(long postingId) {
		super(Kind.CONFLICT, "postingNotOpenForDeal", postingId);
	}

}
