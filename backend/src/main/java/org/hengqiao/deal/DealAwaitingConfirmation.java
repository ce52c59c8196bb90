package org.hengqiao.deal;

import org.hengqiao.system.DomainException;

/** The other side has not confirmed the deal yet: until it does, the deal can only be declined or withdrawn. */
public class DealAwaitingConfirmation extends DomainException {

	DealAwaitingConfirmation(long dealId) {
		super(Kind.CONFLICT, "dealAwaitingConfirmation", dealId);
	}

}
