package org.hengqiao.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.hengqiao.posting.IndustryCluster;
import org.jspecify.annotations.Nullable;

/**
 * A subscription as stored and as the portal shows it.
 *
 * @param filters a saved search's filters as the search page's URL query
 */
record Subscription(long id, long accountId, SubscriptionType type, @Nullable String fieldCode,
		@Nullable IndustryCluster cluster, @Nullable String query, @Nullable String filters, Instant createdAt) {

	static Subscription of(ResultSet row, int n) throws SQLException {
		String cluster = row.getString("cluster");
		return new Subscription(row.getLong("id"), row.getLong("account_id"),
				SubscriptionType.valueOf(row.getString("type")), row.getString("field_code"),
				cluster == null ? null : IndustryCluster.valueOf(cluster), row.getString("query_text"),
				row.getString("filters"), row.getTimestamp("created_at").toInstant());
	}

}
