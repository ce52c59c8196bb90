package org.hengqiao.deal;

import org.hengqiao.system.DomainException;

/** No deal with this id, or none the caller may see: outsiders cannot tell the two apart. */
public class DealNotFound extends DomainException {

	public DealNotFound(long id) {
		super(Kind.NOT_FOUND, "dealNotFound", id);
	}

}
