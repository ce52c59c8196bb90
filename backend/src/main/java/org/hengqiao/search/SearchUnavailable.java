package org.hengqiao.search;

import org.hengqiao.system.DomainException;

/** Elasticsearch cannot be reached; writes still work and are indexed when it returns. */
public class SearchUnavailable extends DomainException {

	public SearchUnavailable(Throwable cause) {
		super(Kind.UNAVAILABLE, "search.unavailable");
		initCause(cause);
	}

}
