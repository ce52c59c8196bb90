package org.hengqiao.posting;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to postings for search and matching, which never see the entities. */
public interface PostingDocuments {

	Optional<PostingDocument> find(long id);

	/** Up to {@code limit} postings with ids above {@code afterId}, in id order: for rebuilding the index. */
	List<PostingDocument> batchAfter(long afterId, int limit);

	/** The owning organisation of each posting that exists, by posting id. */
	default Map<Long, Long> organisationsOf(Collection<Long> postingIds) {
		Map<Long, Long> owners = new HashMap<>();
		postingIds.forEach(id -> find(id).ifPresent(posting -> owners.put(id, posting.organisationId())));
		return owners;
	}

}
