package org.hengqiao.brokerage;

import java.util.List;

import org.hengqiao.deal.DealView;
import org.hengqiao.matching.Match;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingStatus;
import org.jspecify.annotations.Nullable;

/**
 * A broker's workbench: what they are assigned to, with the matches the engine suggests for each need and result,
 * their open follow-ups and the deals they follow.
 */
public record WorkbenchView(List<Item> items, List<AssignmentView> conversations, List<FollowUpView> followUps,
		List<DealView> deals) {

	/**
	 * An assigned need or result.
	 *
	 * @param posting absent if it no longer exists
	 * @param matches best first; empty when the posting is not public or search is unavailable
	 * @param matchesAvailable false when the suggestions could not be computed now
	 */
	public record Item(AssignmentView assignment, @Nullable PostingRef posting, List<Match> matches,
			boolean matchesAvailable) {
	}

	public record PostingRef(long id, PostingKind kind, String title, String organisationName, PostingStatus status) {
	}

}
