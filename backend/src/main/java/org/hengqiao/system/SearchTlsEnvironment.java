package org.hengqiao.system;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Lets one variable, {@code HENGQIAO_ES_CA} (a PEM file), make the Elasticsearch client trust a cluster's own
 * certificate authority. Spring Boot needs two properties for that (an SSL bundle and a reference to it), and a
 * bundle cannot be declared with an empty certificate, so it is added only when the variable is set.
 */
class SearchTlsEnvironment implements EnvironmentPostProcessor {

	static final String BUNDLE = "hengqiao-elasticsearch";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String ca = environment.getProperty("HENGQIAO_ES_CA", environment.getProperty("hengqiao.search.ca-certificate", ""));
		if (!StringUtils.hasText(ca)) {
			return;
		}
		String location = ca.contains(":") ? ca : "file:" + ca;
		environment.getPropertySources()
			.addLast(new MapPropertySource("hengqiaoSearchTls",
					Map.of("spring.ssl.bundle.pem." + BUNDLE + ".truststore.certificate", location,
							"spring.elasticsearch.restclient.ssl.bundle", BUNDLE)));
	}

}
