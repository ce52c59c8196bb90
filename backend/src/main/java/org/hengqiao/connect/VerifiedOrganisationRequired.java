package org.hengqiao.connect;

import org.hengqiao.system.DomainException;

/** Only members of verified organisations express interest and converse. */
public class VerifiedOrganisationRequired extends DomainException {

	VerifiedOrganisationRequired() {
		super(Kind.FORBIDDEN, "interestNeedsVerifiedOrganisation");
	}

}
