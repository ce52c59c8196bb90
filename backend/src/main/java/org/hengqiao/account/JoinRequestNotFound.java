package org.hengqiao.account;

import org.hengqiao.system.DomainException;

/** The person has no pending request to join that organisation (never asked, or already decided). */
class JoinRequestNotFound extends DomainException {

	JoinRequestNotFound(long accountId) {
		super(Kind.NOT_FOUND, "joinRequestNotFound", accountId);
	}

}
