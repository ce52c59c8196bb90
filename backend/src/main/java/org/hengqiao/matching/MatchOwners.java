package org.hengqiao.matching;

import java.util.Map;

import org.hengqiao.posting.PostingDocuments;
import org.springframework.stereotype.Component;

/**
 * Names the owning organisation of each match, in one database query per list, so the portal can hide "express
 * interest" on the viewer's own postings (the server refuses it anyway). Ranking reads the index and leaves the
 * owner out; this is applied to what the REST endpoints answer.
 */
@Component
class MatchOwners {

	private final PostingDocuments postings;

	MatchOwners(PostingDocuments postings) {
		this.postings = postings;
	}

	MatchList named(MatchList list) {
		if (list.matches().isEmpty()) {
			return list;
		}
		Map<Long, Long> owners = this.postings.organisationsOf(list.matches().stream().map(Match::id).toList());
		return new MatchList(list.sourceId(), list.sourceKind(), list.targetKind(), list.sourceTitleHighlighted(),
				list.matches().stream().map(match -> match.ownedBy(owners.get(match.id()))).toList());
	}

}
