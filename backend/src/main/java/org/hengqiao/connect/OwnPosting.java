package org.hengqiao.connect;

import org.hengqiao.system.DomainException;

/** An organisation cannot express interest in its own need or result. */
public class OwnPosting extends DomainException {

	OwnPosting() {
		super(Kind.FORBIDDEN, "interestInOwnPosting");
	}

}
