package org.hengqiao.organisation;

import org.hengqiao.system.DomainException;

/** Verification needs the business licence (or registration certificate) uploaded first. */
class LicenceMissing extends DomainException {

	LicenceMissing() {
		super(Kind.CONFLICT, "licenceMissing");
	}

}
