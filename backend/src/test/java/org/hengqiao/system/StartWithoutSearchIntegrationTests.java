package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.need.NeedRequests.aNeed;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.hengqiao.account.Actor;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.search.Eventually;
import org.hengqiao.testing.Acting;
import org.hengqiao.testing.Organisations;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The platform starts and keeps taking writes while Elasticsearch cannot be reached (here: a port nothing listens
 * on), and its start-up log says which endpoints it uses without leaking their credentials. A context of its own:
 * the output capture must see it start.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class StartWithoutSearchIntegrationTests {

	private static final int CLOSED_PORT = closedPort();

	private static final String ES_SECRET = "es-secret-4711";

	private static final String DB_PASSWORD = System.getProperty("spring.datasource.password", "hengqiao");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void unreachableSearchAndCredentialsInUrls(DynamicPropertyRegistry registry) {
		registry.add("spring.elasticsearch.uris", () -> "http://elastic:" + ES_SECRET + "@127.0.0.1:" + CLOSED_PORT);
		// The driver reads the password from the URL too: the log must not repeat it.
		String url = System.getProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/hengqiao_test");
		registry.add("spring.datasource.url",
				() -> url + (url.contains("?") ? "&" : "?") + "password=" + DB_PASSWORD);
	}

	@Test
	void healthIsDegradedNotDownWhileSearchIsUnreachable() {
		// The components are for operators; a load balancer reads the overall status, which everyone sees.
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("DEGRADED");
		assertThat(this.mvc.get().uri("/actuator/health").with(Acting.as(Organisations.operator()))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").as("overall status").isEqualTo("DEGRADED");
				assertThat(json).extractingPath("$.components.db.status").as("database").isEqualTo("UP");
				assertThat(json).extractingPath("$.components.search.status").as("search").isEqualTo("DEGRADED");
			});
	}

	@Test
	void postingsAreStillSavedAndTheirIndexingWaitsInTheOutbox() {
		Actor owner = Organisations.memberOf(
				new Organisations(this.jdbc).verified(OrganisationType.ENTERPRISE, "衡阳搜索停机测试企业"), true);
		long id = PostingApi.needs(this.mvc).draft(owner, aNeed().titled("检索服务停机时保存的需求"));

		assertThat(this.jdbc.sql("select title from posting where id = :id").param("id", id).query(String.class).single())
			.as("the need is stored")
			.isEqualTo("检索服务停机时保存的需求");
		Eventually.within(Duration.ofSeconds(30), "the indexing attempt failed and its publication stays incomplete",
				() -> failedIndexingOf(id) == 1);
	}

	@Test
	void startupLogNamesDatabaseAndSearchWithoutCredentials(CapturedOutput output) {
		String report = output.getOut()
			.lines()
			.filter(line -> line.contains("Hengqiao started on port"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no start-up report in the captured output"));

		assertThat(report).as("start-up report")
			.contains("profiles default")
			.contains("database " + System.getProperty("spring.datasource.url", "jdbc:postgresql:"))
			.contains("password=***")
			.contains("search http://127.0.0.1:" + CLOSED_PORT)
			.doesNotContain(ES_SECRET)
			.doesNotContain("password=" + DB_PASSWORD);
	}

	private long failedIndexingOf(long postingId) {
		return this.jdbc
			.sql("""
					select count(*) from event_publication
					where listener_id like '%PostingIndexer%' and completion_date is null and status = 'FAILED'
					and serialized_event like :posting""")
			.param("posting", "%\"postingId\":" + postingId + ",%")
			.query(Long.class)
			.single();
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("no free port for the unreachable Elasticsearch", ex);
		}
	}

}
