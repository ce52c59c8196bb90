package org.hengqiao.deal;

import org.hengqiao.system.DomainException;

/** A stage is already proposed: the other side confirms or rejects it before anything else is proposed. */
public class DealProposalPending extends DomainException {

	DealProposalPending(DealStage proposed) {
		super(Kind.CONFLICT, "dealProposalPending", proposed);
	}

}
