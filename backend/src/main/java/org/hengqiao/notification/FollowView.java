package org.hengqiao.notification;

import java.time.Instant;

/**
 * One thing the signed-in person saved or follows, as anyone may see it now.
 *
 * @param name the posting's title, or the organisation's name in the caller's language
 * @param link the portal route that opens it
 */
public record FollowView(FollowTarget target, long id, String name, String link, Instant followedAt) {
}
