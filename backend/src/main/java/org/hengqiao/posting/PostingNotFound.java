package org.hengqiao.posting;

import org.hengqiao.system.DomainException;

/**
 * No posting with this id, or none the caller may see: drafts and postings under review are answered like missing
 * ones to everyone outside the owning organisation and the operators, so their existence does not leak.
 */
public class PostingNotFound extends DomainException {

	public PostingNotFound(long id) {
		super(Kind.NOT_FOUND, "postingNotFound", id);
	}

}
