package org.hengqiao.notification;

import org.hengqiao.posting.PostingChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** After every committed posting change, its followers hear of it (retried by the event publication registry). */
@Component
class FollowNotices {

	private final Following following;

	FollowNotices(Following following) {
		this.following = following;
	}

	@ApplicationModuleListener
	void on(PostingChanged event) {
		this.following.postingChanged(event.postingId());
	}

}
