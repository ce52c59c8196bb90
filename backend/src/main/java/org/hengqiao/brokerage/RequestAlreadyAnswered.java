package org.hengqiao.brokerage;

import org.hengqiao.system.DomainException;

/** The request for a broker was already accepted, declined or withdrawn. */
public class RequestAlreadyAnswered extends DomainException {

	public RequestAlreadyAnswered(long id, RequestStatus status) {
		super(Kind.CONFLICT, "requestAlreadyAnswered", id, status);
	}

}
