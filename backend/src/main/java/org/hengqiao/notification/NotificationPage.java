package org.hengqiao.notification;

import java.util.List;

/** A page of the signed-in person's notifications, with how many of all of them are unread. */
record NotificationPage(List<NotificationView> items, long total, long unread, int page, int size) {
}
