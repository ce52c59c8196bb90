package org.hengqiao.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hengqiao.search.Postings.aResult;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hengqiao.posting.PostingDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox keeps every change while Elasticsearch is down and drains when it returns. Stops and restarts the
 * test node through bin/es (the port comes from Failsafe's {@code hengqiao.test.es.port}).
 */
@SearchIntegrationTest
class SearchOutageIntegrationTests {

	@Autowired
	TestPostings postings;

	@Autowired
	PostingSearch search;

	@Autowired
	JdbcClient jdbc;

	@Test
	void changesMadeWhileElasticsearchIsDownAreIndexedWhenItReturns() throws Exception {
		String m = SearchIndexingIntegrationTests.marker();
		this.postings.save(aResult("停机前成果 " + m, "停机前已经发布").published());
		Eventually.within(Duration.ofSeconds(10), "indexed before the outage", () -> total(m) == 1);

		List<PostingDocument> during = new ArrayList<>();
		elasticsearch("stop");
		try {
			for (int i = 0; i < 5; i++) {
				// Writes keep working: the change and its event commit together.
				during.add(this.postings.save(aResult("停机期间成果 " + m + " 第" + i + "项", "停机期间发布的成果").published()));
			}
			Eventually.within(Duration.ofSeconds(30), "the failed deliveries are recorded as incomplete",
					() -> incomplete(during) >= 5);
		}
		finally {
			elasticsearch("start");
		}
		Eventually.within(Duration.ofSeconds(60), "the backlog drains after the node returns", () -> total(m) == 6);
		Eventually.within(Duration.ofSeconds(60), "every publication of the outage completed",
				() -> incomplete(during) == 0);
	}

	private long total(String q) {
		return this.search.search(q, SearchFilters.none(), PostingSearch.Sort.RELEVANCE, 10, null).total();
	}

	/**
	 * Incomplete publications of changes to these postings, whichever listener (indexing, alerts). Only these: other
	 * test classes share the table, and what they left behind waits for its own backoff.
	 */
	private long incomplete(List<PostingDocument> postings) {
		long count = 0;
		for (PostingDocument posting : postings) {
			count += this.jdbc
				.sql("select count(*) from event_publication where completion_date is null and event_type like :type"
						+ " and serialized_event like :posting")
				.param("type", "%PostingChanged%")
				.param("posting", "%\"postingId\":" + posting.id() + ",%")
				.query(Long.class)
				.single();
		}
		return count;
	}

	private static void elasticsearch(String command) throws Exception {
		String port = System.getProperty("hengqiao.test.es.port", "9250");
		File root = new File("..").getCanonicalFile();
		ProcessBuilder builder = new ProcessBuilder(new File(root, "bin/es").getPath(), command).directory(root)
			.redirectErrorStream(true)
			.redirectOutput(new File(System.getProperty("java.io.tmpdir"), "hengqiao-es-" + command + ".log"));
		builder.environment().put("HENGQIAO_ES_PORT", port);
		Process process = builder.start();
		process.getOutputStream().close();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("bin/es %s finished", command).isTrue();
		assertThat(process.exitValue()).as("bin/es %s exit code", command).isZero();
	}

}
