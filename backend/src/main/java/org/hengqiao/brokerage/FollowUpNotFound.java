package org.hengqiao.brokerage;

import org.hengqiao.system.DomainException;

/** No such follow-up, or none the caller may see. */
public class FollowUpNotFound extends DomainException {

	public FollowUpNotFound(long id) {
		super(Kind.NOT_FOUND, "followUpNotFound", id);
	}

}
