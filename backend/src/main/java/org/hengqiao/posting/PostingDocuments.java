package org.hengqiao.posting;

import java.util.List;
import java.util.Optional;

/** Read access to postings for search and matching, which never see the entities. */
public interface PostingDocuments {

	Optional<PostingDocument> find(long id);

	/** Up to {@code limit} postings with ids above {@code afterId}, in id order: for rebuilding the index. */
	List<PostingDocument> batchAfter(long afterId, int limit);

}
