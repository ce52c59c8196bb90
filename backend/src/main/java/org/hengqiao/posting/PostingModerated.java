package org.hengqiao.posting;

import org.jspecify.annotations.Nullable;

/**
 * An operator approved a submitted posting or rejected it, published in the deciding transaction so the posting's
 * organisation is told (the notification module listens). Carries the title, so a notice names the posting.
 *
 * @param reason why it was rejected; {@code null} when approved
 */
public record PostingModerated(long postingId, PostingKind kind, long organisationId, String title,
		boolean approved, @Nullable String reason) {
}
