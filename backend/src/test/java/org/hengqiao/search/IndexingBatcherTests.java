package org.hengqiao.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.hengqiao.posting.PostingKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndexingBatcherTests {

	/** Records the size of each batch instead of writing it. */
	static class RecordingWriter extends IndexWriter {

		final List<Integer> batches = Collections.synchronizedList(new ArrayList<>());

		RecordingWriter() {
			super(null, null, null, null, null, null, null);
		}

		@Override
		Set<Long> sync(Map<Long, PostingKind> ids) {
			this.batches.add(ids.size());
			return Set.of();
		}

	}

	final RecordingWriter writer = new RecordingWriter();

	IndexingBatcher batcher;

	@AfterEach
	void stop() {
		this.batcher.stop();
	}

	@Test
	void changesArrivingOneAfterAnotherGoOutAsOneBatch() throws Exception {
		// A wait far longer than the 40 ms between changes, so that a slow machine cannot cut the burst.
		start(Duration.ofSeconds(1), Duration.ofSeconds(30));
		List<CompletableFuture<Void>> done = new ArrayList<>();
		for (long id = 1; id <= 10; id++) {
			done.add(this.batcher.submit(id, PostingKind.RESULT));
			Thread.sleep(40);
		}
		CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		// Ten changes over 400 ms: each came within the wait the previous one restarted.
		assertThat(this.writer.batches).containsExactly(10);
	}

	@Test
	void aSteadyStreamIsCutAtTheLongestWait() throws Exception {
		start(Duration.ofMillis(300), Duration.ofMillis(200));
		List<CompletableFuture<Void>> done = new ArrayList<>();
		for (long id = 1; id <= 30; id++) {
			done.add(this.batcher.submit(id, PostingKind.RESULT));
			Thread.sleep(20);
		}
		CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
		assertThat(this.writer.batches).hasSizeGreaterThan(1);
		assertThat(this.writer.batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
	}

	@Test
	void aLoneChangeDoesNotWaitForTheLongestWait() throws Exception {
		start(Duration.ofMillis(30), Duration.ofMinutes(1));
		long started = System.nanoTime();
		this.batcher.submit(1, PostingKind.NEED).get(10, TimeUnit.SECONDS);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(this.writer.batches).containsExactly(1);
	}

	private void start(Duration linger, Duration maxWait) {
		this.batcher = new IndexingBatcher(this.writer,
				new SearchProperties("test", 0, 200, linger, maxWait, true));
		this.batcher.start();
	}

}
