package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** The structured fields of the start-up report, which log pipelines index (the file log is ECS JSON). */
class StartupReportTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger(StartupReport.class);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	@BeforeEach
	void listen() {
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	@AfterEach
	void stopListening() {
		this.logger.detachAppender(this.appender);
	}

	@Test
	void reportsProfileDatabaseAndSearchAsKeyValues() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db.example.cn:5432/hengqiao")
			.withProperty("spring.elasticsearch.uris", "https://es1.example.cn:9200,https://es2.example.cn:9200")
			.withProperty("local.server.port", "8080");
		environment.setActiveProfiles("production");

		Map<String, Object> fields = reportOf(environment);

		assertThat(fields).as("key-values of the start-up report")
			.containsEntry("profiles", "[production]")
			.containsEntry("database", "jdbc:postgresql://db.example.cn:5432/hengqiao")
			.containsEntry("search", "https://es1.example.cn:9200,https://es2.example.cn:9200")
			.containsEntry("port", "8080");
	}

	@Test
	void dropsCredentialsFromEveryUrl() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url",
					"jdbc:postgresql://db.example.cn:5432/hengqiao?user=app&password=s3cret&ssl=true")
			.withProperty("spring.elasticsearch.uris",
					"https://elastic:pa55@es1.example.cn:9200,https://elastic:p@55@es2.example.cn:9200");

		Map<String, Object> fields = reportOf(environment);

		assertThat(fields.get("database")).as("database URL")
			.isEqualTo("jdbc:postgresql://db.example.cn:5432/hengqiao?user=app&password=***&ssl=true");
		assertThat(fields.get("search")).as("search URLs")
			.isEqualTo("https://es1.example.cn:9200,https://es2.example.cn:9200");
		assertThat(this.appender.list).extracting(ILoggingEvent::getFormattedMessage)
			.as("the message itself")
			.noneMatch(message -> message.contains("s3cret") || message.contains("55@"));
	}

	private Map<String, Object> reportOf(MockEnvironment environment) {
		new StartupReport(environment).report(new ApplicationReadyEvent(new SpringApplication(), new String[0],
				new GenericApplicationContext(), Duration.ZERO));
		assertThat(this.appender.list).as("one start-up report").hasSize(1);
		return this.appender.list.getFirst()
			.getKeyValuePairs()
			.stream()
			.collect(Collectors.toMap(pair -> pair.key, (KeyValuePair pair) -> pair.value));
	}

}
