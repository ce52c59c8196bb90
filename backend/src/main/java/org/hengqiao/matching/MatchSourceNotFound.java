package org.hengqiao.matching;

import org.hengqiao.system.DomainException;

/** There is no need (or result) with the id whose matches were asked for. */
class MatchSourceNotFound extends DomainException {

	MatchSourceNotFound(long id) {
		super(Kind.NOT_FOUND, "matching.postingNotFound", id);
	}

}
