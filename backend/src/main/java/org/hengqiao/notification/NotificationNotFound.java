package org.hengqiao.notification;

import org.hengqiao.system.DomainException;

/** No notification with this id for the signed-in person (someone else's is answered the same way). */
public class NotificationNotFound extends DomainException {

	public NotificationNotFound(long id) {
		super(Kind.NOT_FOUND, "notificationNotFound", id);
	}

}
