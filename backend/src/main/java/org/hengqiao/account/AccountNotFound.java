package org.hengqiao.account;

import org.hengqiao.system.DomainException;

/** No account with that id, or none in the organisation the request names. */
class AccountNotFound extends DomainException {

	AccountNotFound(long accountId) {
		super(Kind.NOT_FOUND, "accountNotFound", accountId);
	}

}
