package org.hengqiao.search;

import org.hengqiao.system.DomainException;

/** The {@code after} cursor was not produced by this search. */
class InvalidCursor extends DomainException {

	InvalidCursor() {
		super(Kind.INVALID, "search.invalidCursor");
	}

}
