package org.hengqiao.connect;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hengqiao.notification.Notifications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The header's one poll: two counts from the database (no state in the instance, so any instance answers alike),
 * instead of the whole inbox and the notification list.
 */
@Tag(name = "Activity", description = "Unread counts for the header")
@RestController
class ActivityController {

	private final Conversations conversations;

	private final Notifications notifications;

	ActivityController(Conversations conversations, Notifications notifications) {
		this.conversations = conversations;
		this.notifications = notifications;
	}

	@Operation(summary = "The caller's unread messages (over its organisation's conversations) and notifications")
	@GetMapping("/api/v1/activity")
	Activity activity() {
		return new Activity(this.conversations.unreadMessages(), this.notifications.unreadCount());
	}

}
