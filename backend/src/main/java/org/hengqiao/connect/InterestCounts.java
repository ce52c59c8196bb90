package org.hengqiao.connect;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.hengqiao.posting.InterestTally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Interest received per posting, for the TTO workbench's demand signals: every expression not withdrawn
 * and no broker's introduction its organisation has not confirmed. */
@Component
class InterestCounts implements InterestTally {

	private final JdbcClient jdbc;

	InterestCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Long> received(Collection<Long> postingIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (postingIds.isEmpty()) {
			return counts;
		}
		this.jdbc
			.sql("select posting_id, count(*) as received from interest where posting_id in (:ids) "
					+ "and status not in ('WITHDRAWN', 'PROPOSED') group by posting_id")
			.param("ids", postingIds)
			.query((row, number) -> counts.put(row.getLong("posting_id"), row.getLong("received")))
			.list();
		return counts;
	}

}
