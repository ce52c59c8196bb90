package org.hengqiao.organisation;

import org.hengqiao.system.DomainException;

/**
 * Someone registered the same email or credit code at the same moment: the database's unique constraint caught what
 * the checks before could not. Trying again names the field.
 */
class RegistrationRaced extends DomainException {

	RegistrationRaced() {
		super(Kind.CONFLICT, "registrationRaced");
	}

}
