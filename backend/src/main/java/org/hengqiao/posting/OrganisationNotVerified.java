package org.hengqiao.posting;

import org.hengqiao.system.DomainException;

/** An organisation may draft postings before an operator verifies it, but not submit or publish them. */
public class OrganisationNotVerified extends DomainException {

	public OrganisationNotVerified() {
		super(Kind.FORBIDDEN, "organisationNotVerified");
	}

}
