package org.hengqiao.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.hengqiao.posting.PostingChanged;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Postings for the search module's own tests: held in a map, changed like the posting module changes them (the
 * new state becomes readable and {@link PostingChanged} is published in the same transaction).
 */
public class TestPostings implements PostingDocuments {

	/** Far above ids the posting module hands out in the same test database. */
	private static final AtomicLong IDS = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000) * 100);

	private final Map<Long, PostingDocument> postings = new ConcurrentSkipListMap<>();

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	public TestPostings(ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.events = events;
		this.transactions = transactions;
	}

	public static long nextId() {
		return IDS.incrementAndGet();
	}

	/** Stores the posting's new state and publishes the change, in one transaction. */
	public PostingDocument save(PostingDocument posting) {
		this.transactions.executeWithoutResult(status -> {
			this.postings.put(posting.id(), posting);
			this.events.publishEvent(new PostingChanged(posting.id(), posting.kind(), posting.version()));
		});
		return posting;
	}

	/** Stores several postings and publishes their changes in one transaction, as an import commits a chunk. */
	public void saveAll(List<PostingDocument> postings) {
		this.transactions.executeWithoutResult(status -> postings.forEach(posting -> {
			this.postings.put(posting.id(), posting);
			this.events.publishEvent(new PostingChanged(posting.id(), posting.kind(), posting.version()));
		}));
	}

	/** Stores without publishing: the state a rebuild must pick up by itself. */
	public void putSilently(PostingDocument posting) {
		this.postings.put(posting.id(), posting);
	}

	@Override
	public Optional<PostingDocument> find(long id) {
		return Optional.ofNullable(this.postings.get(id));
	}

	@Override
	public List<PostingDocument> batchAfter(long afterId, int limit) {
		List<PostingDocument> batch = new ArrayList<>();
		for (PostingDocument posting : ((ConcurrentSkipListMap<Long, PostingDocument>) this.postings)
			.tailMap(afterId, false)
			.values()) {
			if (batch.size() == limit) {
				break;
			}
			batch.add(posting);
		}
		return batch;
	}

}
