package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SearchTlsEnvironmentTests {

	@Test
	void caFileMakesTheClientUseATrustBundle() {
		StandardEnvironment environment = environmentWith(Map.of("HENGQIAO_ES_CA", "/etc/hengqiao/es-ca.pem"));

		new SearchTlsEnvironment().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.elasticsearch.restclient.ssl.bundle"))
			.isEqualTo(SearchTlsEnvironment.BUNDLE);
		assertThat(environment.getProperty("spring.ssl.bundle.pem.hengqiao-elasticsearch.truststore.certificate"))
			.isEqualTo("file:/etc/hengqiao/es-ca.pem");
	}

	@Test
	void withoutCaFileNoBundleIsConfigured() {
		StandardEnvironment environment = environmentWith(Map.of());

		new SearchTlsEnvironment().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("spring.elasticsearch.restclient.ssl.bundle")).isNull();
	}

	private static StandardEnvironment environmentWith(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
