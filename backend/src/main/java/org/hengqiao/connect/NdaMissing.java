package org.hengqiao.connect;

import org.hengqiao.system.DomainException;

/** The posting has no NDA to accept or download. */
public class NdaMissing extends DomainException {

	NdaMissing() {
		super(Kind.NOT_FOUND, "ndaMissing");
	}

}
