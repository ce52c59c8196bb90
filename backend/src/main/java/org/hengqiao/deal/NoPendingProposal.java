package org.hengqiao.deal;

import org.hengqiao.system.DomainException;

/** Nothing is proposed on the deal, so there is nothing to confirm or reject. */
public class NoPendingProposal extends DomainException {

	NoPendingProposal() {
		super(Kind.CONFLICT, "dealNoPendingProposal");
	}

}
