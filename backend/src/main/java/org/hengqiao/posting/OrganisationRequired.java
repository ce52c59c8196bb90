package org.hengqiao.posting;

import org.hengqiao.system.DomainException;

/** Postings belong to organisations: a person who acts for none cannot create or import them. */
public class OrganisationRequired extends DomainException {

	public OrganisationRequired() {
		super(Kind.FORBIDDEN, "organisationRequired");
	}

}
