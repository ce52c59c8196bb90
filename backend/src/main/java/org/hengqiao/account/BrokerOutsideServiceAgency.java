package org.hengqiao.account;

import org.hengqiao.system.DomainException;

/** Only active members of a technology service agency may be brokers. */
class BrokerOutsideServiceAgency extends DomainException {

	BrokerOutsideServiceAgency() {
		super(Kind.CONFLICT, "brokerOutsideServiceAgency");
	}

}
