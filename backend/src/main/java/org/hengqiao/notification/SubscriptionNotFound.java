package org.hengqiao.notification;

import org.hengqiao.system.DomainException;

/** No subscription with this id for the signed-in person. */
public class SubscriptionNotFound extends DomainException {

	public SubscriptionNotFound(long id) {
		super(Kind.NOT_FOUND, "subscriptionNotFound", id);
	}

}
