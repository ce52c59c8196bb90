package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;

import org.apache.hc.core5.http.HttpHost;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;

class SearchHealthIndicatorTests {

	@Test
	void unreachableClusterMakesThePlatformDegradedNotDown() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		try (Rest5Client rest = Rest5Client.builder(new HttpHost("http", "127.0.0.1", closedPort)).build();
				ElasticsearchClient client = new ElasticsearchClient(
						new Rest5ClientTransport(rest, new Jackson3JsonpMapper()))) {
			Health health = new SearchHealthIndicator(client).health();

			assertThat(health.getStatus()).as("status when Elasticsearch is unreachable")
				.isEqualTo(SearchHealthIndicator.DEGRADED);
			assertThat(health.getDetails()).containsKey("error");
		}
	}

}
