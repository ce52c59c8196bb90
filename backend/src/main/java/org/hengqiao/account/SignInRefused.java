package org.hengqiao.account;

import org.hengqiao.system.DomainException;

/** The email and password do not match an account; deliberately silent about which of the two was wrong. */
class SignInRefused extends DomainException {

	SignInRefused() {
		super(Kind.UNAUTHORIZED, "signInRefused");
	}

}
