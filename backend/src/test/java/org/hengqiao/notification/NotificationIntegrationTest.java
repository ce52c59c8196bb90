package org.hengqiao.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hengqiao.search.SearchIntegrationTest;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application with real PostgreSQL, Elasticsearch and an SMTP server ({@link SmtpServer}, GreenMail) on
 * {@value SmtpServer#PORT}; map-backed postings as in the search tests, fast retries, no scheduled digest.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "hengqiao.outbox.retry-backoff=300ms", "hengqiao.outbox.max-retry-backoff=2s",
		"hengqiao.outbox.resubmit-every=500ms", "spring.elasticsearch.socket-timeout=5s",
		"spring.elasticsearch.connection-timeout=1s", "hengqiao.mail.host=127.0.0.1",
		"hengqiao.mail.port=" + SmtpServer.PORT, "hengqiao.mail.tls=NONE", "hengqiao.mail.retry-backoff=500ms",
		"hengqiao.mail.max-retry-backoff=1s", "hengqiao.mail.poll-every=300ms", "hengqiao.mail.timeout=2s",
		"hengqiao.mail.public-url=https://hengqiao.example.cn", "hengqiao.mail.digest-cron=-" })
@AutoConfigureMockMvc
@Import({ SearchIntegrationTest.Config.class, TestPlatformConfiguration.class })
@interface NotificationIntegrationTest {

}
