package org.hengqiao.account;

import org.hengqiao.system.DomainException;

/** The operation needs a signed-in person and the request has none. */
public class NotSignedIn extends DomainException {

	public NotSignedIn() {
		super(Kind.UNAUTHORIZED, "unauthorized");
	}

}
