package org.hengqiao.notification;

import org.hengqiao.system.DomainException;

/**
 * Nothing the caller may follow under this id: unknown, a posting that is not public, an organisation not verified.
 * One answer for all, so following reveals nothing the visibility rules hide.
 */
public class FollowedNotFound extends DomainException {

	public FollowedNotFound(FollowTarget target, long id) {
		super(Kind.NOT_FOUND, "followedNotFound", target, id);
	}

}
