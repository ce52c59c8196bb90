package org.hengqiao.brokerage;

import org.hengqiao.system.DomainException;

/** No such request for a broker, or not one the caller may see. */
public class RequestNotFound extends DomainException {

	public RequestNotFound(long id) {
		super(Kind.NOT_FOUND, "requestNotFound", id);
	}

}
