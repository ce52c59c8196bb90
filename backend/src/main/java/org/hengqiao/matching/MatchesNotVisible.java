package org.hengqiao.matching;

import org.hengqiao.system.DomainException;

/** The posting is not public and the caller neither acts for its organisation nor is an operator. */
class MatchesNotVisible extends DomainException {

	MatchesNotVisible() {
		super(Kind.FORBIDDEN, "matching.notVisible");
	}

}
