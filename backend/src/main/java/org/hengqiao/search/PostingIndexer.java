package org.hengqiao.search;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.hengqiao.posting.PostingChanged;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Indexes a posting after the transaction that changed it has committed. Spring Modulith's event publication
 * registry stored the event in that transaction (the outbox) and marks it completed only when this method returns
 * normally; if Elasticsearch is away the method throws, the publication stays incomplete and
 * the system module's {@code OutboxResubmission} hands it back later.
 *
 * <p>Not an {@code @ApplicationModuleListener}: that would open a transaction (and hold a pooled connection) while
 * the listener waits for its batch; the registry tracks every after-commit listener, transactional or not.
 */
@Component
class PostingIndexer {

	private static final long TIMEOUT_SECONDS = 120;

	private final IndexingBatcher batcher;

	PostingIndexer(IndexingBatcher batcher) {
		this.batcher = batcher;
	}

	@Async
	@TransactionalEventListener
	void on(PostingChanged event) throws InterruptedException, ExecutionException, TimeoutException {
		this.batcher.submit(event.postingId(), event.kind()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

}
