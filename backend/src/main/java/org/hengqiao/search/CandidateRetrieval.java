package org.hengqiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Retrieval for matching: the lexical and the semantic candidate lists of a text, separately (the cluster has no
 * {@code rrf} retriever, and the fusion needs each side's raw scores anyway), and the full text of the few
 * candidates that end up on a page.
 */
@Component
public class CandidateRetrieval {

	/** The kNN search looks at this many candidates per shard (recall of HNSW grows with it). */
	static final int NUM_CANDIDATES = 200;

	private static final String[] RANKING_FIELDS_EXCLUDED = { "vector", "text", "text_seg", "title_seg", "labels", "labels_seg" };

	private final ElasticsearchClient client;

	private final IndexNames names;

	private final SearchQueries queries;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	CandidateRetrieval(ElasticsearchClient client, IndexNames names, SearchQueries queries) {
		this.client = client;
		this.names = names;
		this.queries = queries;
	}

	/**
	 * What to retrieve.
	 *
	 * @param target the kind of posting wanted (results for a need, needs for a result)
	 * @param text the lexical query text
	 * @param origin who wrote the text, which decides how it is matched lexically
	 * @param phrases the phrases of the text matched as phrases
	 * @param vector the semantic query vector
	 * @param filters hard filters (a visitor's choices); the kind in them is ignored
	 * @param pool how many candidates each side returns
	 * @param exclude a posting never to return (the one being matched, when it is of the target kind)
	 */
	public record CandidateQuery(PostingKind target, String text, TextOrigin origin, List<String> phrases,
			float[] vector, SearchFilters filters, int pool, @Nullable Long exclude) {
	}

	/**
	 * Typed text (a visitor's words, often one or two terms) is matched by its characters and its words; a posting's
	 * own text by its words only (see {@link SearchQueries#words}).
	 */
	public enum TextOrigin {

		TYPED, POSTING

	}

	/** One candidate from one side: its score there and its structured fields (no text). */
	public record Candidate(IndexedPosting posting, double score) {
	}

	/**
	 * Both candidate lists, best first. Lexical scores are BM25 sums; semantic scores are cosine similarities
	 * (Elasticsearch reports (1 + cos) / 2 for cosine fields, converted back here).
	 */
	public record Pool(List<Candidate> lexical, List<Candidate> semantic) {
	}

	public Pool retrieve(CandidateQuery query) {
		List<Query> filters = new ArrayList<>(this.queries.filters(query.filters()));
		if (query.exclude() != null) {
			long excluded = query.exclude();
			filters.add(Query.of(q -> q.bool(b -> b.mustNot(m -> m.ids(i -> i.values(String.valueOf(excluded)))))));
		}
		String index = this.names.alias(query.target());
		CompletableFuture<List<Candidate>> lexical = CompletableFuture.supplyAsync(() -> lexical(query, filters, index),
				this.executor);
		CompletableFuture<List<Candidate>> semantic = CompletableFuture
			.supplyAsync(() -> semantic(query, filters, index), this.executor);
		try {
			return new Pool(lexical.join(), semantic.join());
		}
		catch (CompletionException ex) {
			throw new SearchUnavailable(ex.getCause() != null ? ex.getCause() : ex);
		}
	}

	/** The full indexed postings (without vectors) of the given ids, in that order; absent ids are left out. */
	public Map<Long, IndexedPosting> postings(PostingKind kind, List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		try {
			SearchResponse<Map> response = this.client.search(s -> s.index(this.names.alias(kind))
				.size(ids.size())
				.query(q -> q.ids(i -> i.values(ids.stream().map(String::valueOf).toList())))
				.source(src -> src.filter(f -> f.excludes("vector"))), Map.class);
			Map<Long, IndexedPosting> byId = new LinkedHashMap<>();
			for (Hit<Map> hit : response.hits().hits()) {
				IndexedPosting posting = IndexedPosting.fromSource(hit.source());
				byId.put(posting.id(), posting);
			}
			Map<Long, IndexedPosting> ordered = new LinkedHashMap<>();
			ids.forEach(id -> {
				if (byId.containsKey(id)) {
					ordered.put(id, byId.get(id));
				}
			});
			return ordered;
		}
		catch (IOException | RuntimeException ex) {
			throw new SearchUnavailable(ex);
		}
	}

	// Neither side needs a total: without one, Elasticsearch may skip documents that cannot reach the top of the pool
	// (block-max WAND), which matters for a posting's long query of many common CJK characters.
	private List<Candidate> lexical(CandidateQuery query, List<Query> filters, String index) {
		if (query.text().isBlank()) {
			return List.of();
		}
		Query lexical = query.origin() == TextOrigin.TYPED ? this.queries.lexical(query.text(), query.phrases(), false)
				: this.queries.words(query.text(), query.phrases());
		try {
			SearchResponse<Map> response = this.client.search(s -> s.index(index)
				.query(q -> q.bool(b -> b.must(lexical).filter(filters)))
				.size(query.pool())
				.trackTotalHits(t -> t.enabled(false))
				.source(src -> src.filter(f -> f.excludes(List.of(RANKING_FIELDS_EXCLUDED)))), Map.class);
			return candidates(response, false);
		}
		catch (IOException ex) {
			throw new CompletionException(ex);
		}
	}

	private List<Candidate> semantic(CandidateQuery query, List<Query> filters, String index) {
		try {
			List<Float> vector = PostingSearch.vector(query.vector());
			SearchResponse<Map> response = this.client.search(s -> s.index(index)
				.knn(k -> k.field("vector")
					.queryVector(vector)
					.k(query.pool())
					.numCandidates(Math.max(NUM_CANDIDATES, query.pool()))
					.filter(filters))
				.size(query.pool())
				.trackTotalHits(t -> t.enabled(false))
				.source(src -> src.filter(f -> f.excludes(List.of(RANKING_FIELDS_EXCLUDED)))), Map.class);
			return candidates(response, true);
		}
		catch (IOException ex) {
			throw new CompletionException(ex);
		}
	}

	private static List<Candidate> candidates(SearchResponse<Map> response, boolean cosine) {
		List<Candidate> candidates = new ArrayList<>();
		for (Hit<Map> hit : response.hits().hits()) {
			double score = hit.score() != null ? hit.score() : 0;
			candidates.add(new Candidate(IndexedPosting.fromSource(hit.source()), cosine ? 2 * score - 1 : score));
		}
		return candidates;
	}

}
