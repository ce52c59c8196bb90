package org.hengqiao.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One application context for every search and matching integration test (the embedding model takes 600 MB, so
 * contexts must be shared): map-backed postings, fast retries.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "hengqiao.outbox.retry-backoff=300ms", "hengqiao.outbox.max-retry-backoff=2s",
		"hengqiao.outbox.resubmit-every=500ms", "spring.elasticsearch.socket-timeout=5s",
		"spring.elasticsearch.connection-timeout=1s" })
@AutoConfigureMockMvc
@Import(SearchIntegrationTest.Config.class)
public @interface SearchIntegrationTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Config {

		@Bean
		@Primary
		TestPostings testPostings(ApplicationEventPublisher events, TransactionTemplate transactions) {
			return new TestPostings(events, transactions);
		}

	}

}
