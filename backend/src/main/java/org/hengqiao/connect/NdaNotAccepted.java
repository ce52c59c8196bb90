package org.hengqiao.connect;

import org.hengqiao.system.DomainException;

/** The confidential details are shown only after the posting's NDA has been accepted. */
public class NdaNotAccepted extends DomainException {

	NdaNotAccepted() {
		super(Kind.FORBIDDEN, "ndaNotAccepted");
	}

}
