package org.hengqiao.account;

import org.hengqiao.system.DomainException;

/** The signed-in person may not do this (403): not an admin of that organisation, not an operator, … */
public class NotAllowed extends DomainException {

	public NotAllowed() {
		super(Kind.FORBIDDEN, "forbidden");
	}

}
