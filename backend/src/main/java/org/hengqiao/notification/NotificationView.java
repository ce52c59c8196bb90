package org.hengqiao.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One notification as the portal shows it, in the reader's language. */
record NotificationView(long id, String kind, String title, String body, String link, Instant createdAt,
		@Nullable Instant readAt) {
}
