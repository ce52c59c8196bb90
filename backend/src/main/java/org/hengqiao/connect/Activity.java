package org.hengqiao.connect;

/**
 * What the header's badges show, in one small answer the portal polls: messages the caller's organisation has not
 * read, and the caller's unread notifications.
 */
public record Activity(long unreadMessages, long unreadNotifications) {
}
