package org.hengqiao.account;

import org.hengqiao.system.DomainException;

/** Revoking this admin would leave the organisation with nobody to manage it. */
class LastAdminKept extends DomainException {

	LastAdminKept() {
		super(Kind.CONFLICT, "lastAdminKept");
	}

}
