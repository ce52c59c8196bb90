package org.hengqiao.connect;

import org.hengqiao.system.DomainException;

/** The organisation already has a pending or accepted interest in this posting. */
public class InterestAlreadyOpen extends DomainException {

	InterestAlreadyOpen(long postingId) {
		super(Kind.CONFLICT, "interestAlreadyOpen", postingId);
	}

}
