package org.hengqiao.matching;

import java.util.List;

import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;

/**
 * Ranked matches of a posting or of a visitor's text.
 *
 * @param sourceId the posting matched (absent for free text)
 * @param sourceKind its kind (absent for free text)
 * @param targetKind the kind of the matches
 * @param sourceTitleHighlighted the posting's title (or the visitor's text) with the terms it shares with any match
 *        marked {@code <em>}
 * @param matches best first
 */
public record MatchList(@Nullable Long sourceId, @Nullable PostingKind sourceKind, PostingKind targetKind,
		String sourceTitleHighlighted, List<Match> matches) {
}
