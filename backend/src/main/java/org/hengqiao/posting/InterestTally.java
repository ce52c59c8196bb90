package org.hengqiao.posting;

import java.util.Collection;
import java.util.Map;

/**
 * How many expressions of interest each posting received. The module that records interest implements it; while
 * none does, the demand signals report no interest.
 */
public interface InterestTally {

	/** Interest received so far, by posting id; postings without any may be absent. */
	Map<Long, Long> received(Collection<Long> postingIds);

}
