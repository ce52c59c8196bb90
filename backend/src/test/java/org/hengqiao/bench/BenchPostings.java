package org.hengqiao.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;

/**
 * The posting module's documents plus sources the benchmark holds in memory: postings that are matched but never
 * indexed, so that they do not join the corpus being ranked.
 */
final class BenchPostings implements PostingDocuments {

	private final Supplier<PostingDocuments> postings;

	private final Map<Long, PostingDocument> sources = new ConcurrentHashMap<>();

	BenchPostings(Supplier<PostingDocuments> postings) {
		this.postings = postings;
	}

	void putSource(PostingDocument posting) {
		this.sources.put(posting.id(), posting);
	}

	@Override
	public Optional<PostingDocument> find(long id) {
		PostingDocument source = this.sources.get(id);
		return source != null ? Optional.of(source) : this.postings.get().find(id);
	}

	@Override
	public List<PostingDocument> batchAfter(long afterId, int limit) {
		return this.postings.get().batchAfter(afterId, limit);
	}

}
