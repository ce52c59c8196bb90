package org.hengqiao.connect;

import org.hengqiao.system.DomainException;

/** No interest with this id that the caller's organisation sent or received. */
public class InterestNotFound extends DomainException {

	InterestNotFound(long id) {
		super(Kind.NOT_FOUND, "interestNotFound", id);
	}

}
