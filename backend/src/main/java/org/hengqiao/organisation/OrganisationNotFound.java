package org.hengqiao.organisation;

import org.hengqiao.system.DomainException;

/** No organisation has that id. */
class OrganisationNotFound extends DomainException {

	OrganisationNotFound(long id) {
		super(Kind.NOT_FOUND, "organisationNotFound", id);
	}

}
