package org.hengqiao.deal;

import org.hengqiao.system.DomainException;

/** Only members of organisations the platform verified open, confirm or move deals. */
public class DealNeedsVerifiedOrganisation extends DomainException {

	DealNeedsVerifiedOrganisation() {
		super(Kind.FORBIDDEN, "dealNeedsVerifiedOrganisation");
	}

}
