package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxPropertiesTests {

	private final OutboxProperties properties = new OutboxProperties(Duration.ofSeconds(5), Duration.ofSeconds(2),
			Duration.ofMinutes(5), 500);

	@Test
	void retryBackoffDoublesUpToItsCeiling() {
		assertThat(this.properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.properties.backoffAfter(3)).isEqualTo(Duration.ofSeconds(8));
		assertThat(this.properties.backoffAfter(30)).isEqualTo(Duration.ofMinutes(5));
	}

}
