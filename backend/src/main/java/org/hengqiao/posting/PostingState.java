package org.hengqiao.posting;

import java.util.List;

/** Where a posting stands after a transition, and what the caller may do next. */
record PostingState(long id, PostingKind kind, PostingStatus status, long version,
		List<PostingAction> allowedActions) {
}
