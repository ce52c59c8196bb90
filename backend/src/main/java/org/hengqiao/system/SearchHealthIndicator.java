package org.hengqiao.system;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Search is not essential to serve the portal: postings are still read and written when Elasticsearch is away,
 * and the index catches up afterwards. So an unreachable cluster makes the platform degraded, not down. Uses
 * cluster health because some distributions answer 405 to {@code GET /}, which the client's ping relies on.
 */
@Component("search")
class SearchHealthIndicator implements HealthIndicator {

	static final Status DEGRADED = new Status("DEGRADED", "Search is unavailable; postings are queued for indexing");

	private final ElasticsearchClient client;

	SearchHealthIndicator(ElasticsearchClient client) {
		this.client = client;
	}

	@Override
	public Health health() {
		try {
			HealthResponse health = this.client.cluster().health();
			Health.Builder builder = switch (health.status()) {
				case Red -> Health.status(DEGRADED);
				default -> Health.up();
			};
			return builder.withDetail("cluster", health.clusterName())
				.withDetail("status", health.status().jsonValue())
				.withDetail("nodes", health.numberOfNodes())
				.build();
		}
		catch (Exception ex) {
			return Health.status(DEGRADED).withDetail("error", ex.getClass().getSimpleName() + ": " + ex.getMessage()).build();
		}
	}

}
