package org.hengqiao.deal;

import org.hengqiao.system.DomainException;

/**
 * The caller's side has already agreed (to the deal or to the proposal): the other side's agreement is what is
 * missing, and no one can give it for them.
 */
public class AlreadyAgreed extends DomainException {

	AlreadyAgreed() {
		super(Kind.CONFLICT, "dealAlreadyAgreed");
	}

}
