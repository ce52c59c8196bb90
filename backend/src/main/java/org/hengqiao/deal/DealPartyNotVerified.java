package org.hengqiao.deal;

import org.hengqiao.system.DomainException;

/** The other side is no longer a verified organisation: nothing binding happens until it is again. */
public class DealPartyNotVerified extends DomainException {

	DealPartyNotVerified(String organisationName) {
		super(Kind.CONFLICT, "dealPartyNotVerified", organisationName);
	}

}
