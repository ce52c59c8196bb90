package org.hengqiao.brokerage;

import org.hengqiao.system.DomainException;

/** The broker is already assigned to this item. */
public class AlreadyAssigned extends DomainException {

	public AlreadyAssigned() {
		super(Kind.CONFLICT, "alreadyAssigned");
	}

}
