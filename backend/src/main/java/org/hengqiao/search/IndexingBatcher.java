package org.hengqiao.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hengqiao.posting.PostingKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Gathers the changes that arrive within a few milliseconds of each other into one batch: one database read per
 * posting, one embedding call for the new texts, one bulk request. Callers wait for their own posting's outcome,
 * so the event listener can still complete or fail each event publication individually.
 *
 * <p>A single worker thread sends the batches, which also keeps the embedding model's CPU use to one batch at a
 * time (the model already spreads one batch over the cores).
 */
@Component
class IndexingBatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IndexingBatcher.class);

	private record Request(long id, PostingKind kind, CompletableFuture<Void> done) {
	}

	private final LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();

	private final IndexWriter writer;

	private final SearchProperties properties;

	private volatile boolean running;

	private volatile Thread worker;

	IndexingBatcher(IndexWriter writer, SearchProperties properties) {
		this.writer = writer;
		this.properties = properties;
	}

	/** Queues a posting for indexing; the future completes when it is in the index (or fails). */
	CompletableFuture<Void> submit(long id, PostingKind kind) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		if (!this.running) {
			done.completeExceptionally(new IllegalStateException("The indexer is not running"));
			return done;
		}
		this.queue.add(new Request(id, kind, done));
		return done;
	}

	private void work() {
		while (this.running) {
			try {
				Request first = this.queue.poll(500, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				List<Request> batch = new ArrayList<>();
				batch.add(first);
				// The wait restarts with each change that comes in time: the changes of one commit reach the queue
				// one by one, and a batch cut short embeds a few texts at a time, which the model does less
				// efficiently (one comparison: pipeline/model 84 → 87 % for an import's chunks, 78 → 84 % one by
				// one; within the spread between runs, see docs/benchmarks.md).
				long lingerNanos = this.properties.batchLinger().toNanos();
				long latest = System.nanoTime() + this.properties.batchMaxWait().toNanos();
				long deadline = Math.min(latest, System.nanoTime() + lingerNanos);
				while (batch.size() < this.properties.batchSize()) {
					long left = deadline - System.nanoTime();
					Request next = left > 0 ? this.queue.poll(left, TimeUnit.NANOSECONDS) : this.queue.poll();
					if (next == null) {
						break;
					}
					batch.add(next);
					deadline = Math.min(latest, System.nanoTime() + lingerNanos);
				}
				send(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void send(List<Request> batch) {
		Map<Long, PostingKind> ids = new LinkedHashMap<>();
		batch.forEach(request -> ids.put(request.id(), request.kind()));
		try {
			Set<Long> failed = this.writer.sync(ids);
			for (Request request : batch) {
				if (failed.contains(request.id())) {
					request.done().completeExceptionally(new IllegalStateException(
							"Elasticsearch refused posting " + request.id() + "; it stays in the outbox"));
				}
				else {
					request.done().complete(null);
				}
			}
		}
		catch (Exception ex) {
			log.warn("Indexing a batch of {} postings failed ({}); they stay in the outbox and are retried",
					ids.size(), ex.toString());
			batch.forEach(request -> request.done().completeExceptionally(ex));
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.worker = Thread.ofPlatform().name("search-indexer").daemon(true).start(this::work);
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.worker;
		if (thread != null) {
			thread.interrupt();
		}
		Request pending;
		while ((pending = this.queue.poll()) != null) {
			pending.done().completeExceptionally(new IllegalStateException("Shutting down"));
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
