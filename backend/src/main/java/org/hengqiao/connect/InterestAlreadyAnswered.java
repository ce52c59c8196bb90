package org.hengqiao.connect;

import org.hengqiao.system.DomainException;

/** Only a pending interest can be accepted, declined or withdrawn. */
public class InterestAlreadyAnswered extends DomainException {

	InterestAlreadyAnswered(long id, InterestStatus status) {
		super(Kind.CONFLICT, "interestAlreadyAnswered", id, status);
	}

}
