package org.hengqiao.notification;

import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;

/** What a person may save (a need or a result, 收藏) or follow (an organisation, 关注). */
public enum FollowTarget {

	NEED, RESULT, ORGANISATION;

	/** The posting kind a posting target stands for; {@code null} for an organisation. */
	@Nullable PostingKind postingKind() {
		return switch (this) {
			case NEED -> PostingKind.NEED;
			case RESULT -> PostingKind.RESULT;
			case ORGANISATION -> null;
		};
	}

	static FollowTarget of(PostingKind kind) {
		return kind == PostingKind.NEED ? NEED : RESULT;
	}

	/** The portal route of the target. */
	String link(long id) {
		return switch (this) {
			case NEED -> "/needs/" + id;
			case RESULT -> "/results/" + id;
			case ORGANISATION -> "/organisations/" + id;
		};
	}

}
