package org.hengqiao.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;

import org.hengqiao.posting.PostingKind;
import org.hengqiao.system.Markup;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Keyword search over public needs and results: filters, facets, highlighting, cursor pagination (search_after, so
 * page 500 costs what page 1 costs) and type-ahead. Only public postings are in the index at all, so visibility
 * needs no query-time rule here.
 */
@Service
public class PostingSearch {

	public enum Sort {

		RELEVANCE, NEWEST, AMOUNT_DESC, AMOUNT_ASC

	}

	static final int MAX_SIZE = 100;

	private static final String FACET_VALUES = "values";

	private static final List<String> TERM_FACETS = List.of("kind", "field_parent_code", "field_code", "clusters",
			"modes", "stage", "region_code", "organisation_type", "trl");

	private final ElasticsearchClient client;

	private final IndexNames names;

	private final SearchQueries queries;

	private final TextAnalysis analysis;

	private final Embeddings embeddings;

	PostingSearch(ElasticsearchClient client, IndexNames names, SearchQueries queries, TextAnalysis analysis,
			Embeddings embeddings) {
		this.client = client;
		this.names = names;
		this.queries = queries;
		this.analysis = analysis;
		this.embeddings = embeddings;
	}

	public SearchPage search(@Nullable String text, SearchFilters filters, Sort sort, int size, @Nullable String after) {
		String q = text == null ? "" : text.strip();
		int pageSize = Math.clamp(size, 1, MAX_SIZE);
		List<FieldValue> cursor = after == null || after.isBlank() ? List.of() : decodeCursor(after);
		try {
			SearchResponse<Map> response = this.client.search(request(q, filters, sort, pageSize, cursor), Map.class);
			long total = response.hits().total() != null ? response.hits().total().value() : 0;
			List<SearchPage.Item> items = response.hits().hits().stream().map(PostingSearch::item).toList();
			String next = null;
			if (items.size() == pageSize) {
				next = encodeCursor(response.hits().hits().get(items.size() - 1).sort());
			}
			Map<String, List<SearchPage.FacetValue>> facets = cursor.isEmpty() ? facetValues(response.aggregations())
					: Map.of();
			SearchPage.Relaxation relaxation = null;
			if (total == 0 && cursor.isEmpty() && (!q.isEmpty() || !filters.active().isEmpty())) {
				relaxation = relax(q, filters);
			}
			return new SearchPage(total, items, facets, next, total == 0, relaxation);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidCursor invalid) {
				throw invalid;
			}
			throw new SearchUnavailable(ex);
		}
	}

	/** The Elasticsearch request behind {@link #search} (the speed benchmark times it raw). */
	SearchRequest request(String q, SearchFilters filters, Sort sort, int pageSize, List<FieldValue> cursor) {
		Map<String, Query> multiSelect = this.queries.multiSelectFilters(filters);
		Query query = query(q, this.queries.singleSelectFilters(filters));
		return SearchRequest.of(s -> {
			s.index(indices(filters.kind())).query(query).size(pageSize).trackTotalHits(t -> t.enabled(true));
			if (!multiSelect.isEmpty()) {
				s.postFilter(allOf(multiSelect.values()));
			}
			s.sort(sortOptions(sort, !q.isEmpty()));
			if (!cursor.isEmpty()) {
				s.searchAfter(cursor);
			}
			else {
				s.aggregations(facets(multiSelect));
			}
			s.source(src -> src.filter(f -> f.excludes("vector", "title_seg", "text_seg", "text", "labels", "labels_seg")));
			if (!q.isEmpty()) {
				s.highlight(h -> marks(h)
					.fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
					.fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(100).numberOfFragments(1).noMatchSize(120)))));
			}
			else {
				s.highlight(h -> marks(h).fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(100).numberOfFragments(1).noMatchSize(120)))));
			}
			return s;
		});
	}

	/** Type-ahead: titles that contain the typed text as a phrase prefix, and keywords that start with it. */
	public List<Suggestion> suggestions(String text, @Nullable PostingKind kind, int size) {
		String q = text.strip();
		if (q.isEmpty()) {
			return List.of();
		}
		int limit = Math.clamp(size, 1, 20);
		try {
			// match_phrase_prefix on the standard-analyzed title: for Chinese every character is a token, so 锂离
			// finds 锂离子电池 anywhere in a title; the prefix on the raw keyword finds keywords beginning with it.
			SearchResponse<Map> response = this.client.search(s -> s.index(indices(kind))
				.size(limit * 2)
				.query(qq -> qq.bool(b -> b
					.should(sh -> sh.matchPhrasePrefix(m -> m.field("title").query(q).maxExpansions(50).boost(2f)))
					.should(sh -> sh.prefix(p -> p.field("keywords.raw").value(q)))
					.should(sh -> sh.prefix(p -> p.field("title.raw").value(q).boost(3f)))
					.minimumShouldMatch("1")))
				.source(src -> src.filter(f -> f.includes("id", "kind", "title", "keywords"))), Map.class);
			Map<String, Suggestion> suggestions = new LinkedHashMap<>();
			String lower = q.toLowerCase(Locale.ROOT);
			for (Hit<Map> hit : response.hits().hits()) {
				Map<String, Object> source = hit.source();
				for (Object keyword : source.get("keywords") instanceof List<?> list ? list : List.of()) {
					String value = String.valueOf(keyword);
					if (value.toLowerCase(Locale.ROOT).startsWith(lower)) {
						suggestions.putIfAbsent("k:" + value, new Suggestion(value, Suggestion.Type.KEYWORD, null, null));
					}
				}
			}
			for (Hit<Map> hit : response.hits().hits()) {
				Map<String, Object> source = hit.source();
				String title = String.valueOf(source.get("title"));
				suggestions.putIfAbsent("t:" + title, new Suggestion(title, Suggestion.Type.TITLE,
						((Number) source.get("id")).longValue(), PostingKind.valueOf((String) source.get("kind"))));
			}
			return suggestions.values().stream().limit(limit).toList();
		}
		catch (IOException | RuntimeException ex) {
			throw new SearchUnavailable(ex);
		}
	}

	/**
	 * Whether one posting satisfies a saved search (text and filters as in {@link #search}): for alerts. Empty while
	 * the index does not hold the posting at {@code version} or later yet (the indexer runs after the same commit
	 * as the caller, so it may not have finished); the caller asks again a little later.
	 */
	public Optional<Boolean> matches(long postingId, PostingKind kind, long version, @Nullable String text,
			SearchFilters filters) {
		String q = text == null ? "" : text.strip();
		Query byId = Query.of(x -> x.ids(i -> i.values(String.valueOf(postingId))));
		try {
			// A real-time GET would see the document before a refresh, but a query cannot; the refresh interval
			// (1 s) is far below the minute alerts may take.
			SearchResponse<Map> indexed = this.client.search(s -> s.index(indices(kind)).query(byId).version(true)
				.size(1).source(src -> src.fetch(false)), Map.class);
			Long indexedVersion = indexed.hits().hits().isEmpty() ? null : indexed.hits().hits().getFirst().version();
			if (indexedVersion == null || indexedVersion < version) {
				return Optional.empty();
			}
			Query query = query(q, this.queries.filters(filters.withKind(kind)));
			long count = this.client
				.count(c -> c.index(indices(kind)).query(x -> x.bool(b -> b.must(query).filter(byId))))
				.count();
			return Optional.of(count > 0);
		}
		catch (IOException | RuntimeException ex) {
			throw new SearchUnavailable(ex);
		}
	}

	private Query query(String q, List<Query> filterClauses) {
		Query main = q.isEmpty() ? Query.of(x -> x.matchAll(m -> m))
				: this.queries.keywords(q, this.analysis.phrases(q));
		return Query.of(x -> x.bool(b -> b.must(main).filter(filterClauses)));
	}

	/**
	 * Nothing matched. Offer the postings closest in meaning (kNN ignores how many characters match, so a query
	 * worded differently from every posting still finds its neighbours), and say how many matches there would be
	 * without the filters.
	 */
	private SearchPage.Relaxation relax(String q, SearchFilters filters) throws IOException {
		List<String> removable = filters.active();
		long withoutFilters = 0;
		if (!removable.isEmpty()) {
			SearchFilters scopeOnly = SearchFilters.ofKind(filters.kind());
			withoutFilters = this.client
				.count(c -> c.index(indices(filters.kind())).query(query(q, this.queries.filters(scopeOnly))))
				.count();
		}
		List<SearchPage.Item> semantic = List.of();
		if (!q.isEmpty()) {
			List<Float> vector = vector(this.embeddings.embedQuery(q));
			semantic = knn(vector, this.queries.filters(filters), filters.kind());
			if (semantic.isEmpty() && !removable.isEmpty()) {
				semantic = knn(vector, List.of(), filters.kind());
			}
		}
		return new SearchPage.Relaxation(true, removable, withoutFilters, semantic);
	}

	private List<SearchPage.Item> knn(List<Float> vector, List<Query> filters, @Nullable PostingKind kind)
			throws IOException {
		SearchResponse<Map> response = this.client.search(s -> s.index(indices(kind))
			.knn(k -> k.field("vector").queryVector(vector).k(10).numCandidates(100).filter(filters))
			.size(10)
			.source(src -> src.filter(f -> f.excludes("vector", "title_seg", "text_seg", "text", "labels", "labels_seg")))
			.highlight(h -> marks(h).fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(100).numberOfFragments(1).noMatchSize(120))))),
				Map.class);
		return response.hits().hits().stream().map(PostingSearch::item).toList();
	}

	static List<Float> vector(float[] values) {
		List<Float> list = new ArrayList<>(values.length);
		for (float value : values) {
			list.add(value);
		}
		return list;
	}

	private List<String> indices(@Nullable PostingKind kind) {
		return kind != null ? List.of(this.names.alias(kind))
				: List.of(this.names.alias(PostingKind.NEED), this.names.alias(PostingKind.RESULT));
	}

	private static List<SortOptions> sortOptions(Sort sort, boolean hasQuery) {
		List<SortOptions> options = new ArrayList<>();
		switch (sort == Sort.RELEVANCE && !hasQuery ? Sort.NEWEST : sort) {
			case RELEVANCE -> options.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
			case NEWEST -> options.add(SortOptions.of(o -> o.field(f -> f.field("published_at").order(SortOrder.Desc).missing("_last"))));
			case AMOUNT_DESC -> options.add(SortOptions.of(o -> o.field(f -> f.field("amount").order(SortOrder.Desc).missing("_last"))));
			case AMOUNT_ASC -> options.add(SortOptions.of(o -> o.field(f -> f.field("amount").order(SortOrder.Asc).missing("_last"))));
		}
		// A unique tie-breaker, so that search_after never skips or repeats a posting between pages.
		options.add(SortOptions.of(o -> o.field(f -> f.field("id").order(SortOrder.Desc))));
		return options;
	}

	/**
	 * Every facet counts within the query and all filters except its own multi-select filter, so that choosing
	 * one cluster still shows how many postings the other clusters would add.
	 */
	private static Map<String, Aggregation> facets(Map<String, Query> multiSelect) {
		Map<String, Aggregation> scoped = new LinkedHashMap<>();
		facets().forEach((name, aggregation) -> {
			List<Query> others = multiSelect.entrySet().stream()
				.filter(e -> !e.getKey().equals(name))
				.map(Map.Entry::getValue)
				.toList();
			scoped.put(name, Aggregation.of(a -> a.filter(allOf(others)).aggregations(FACET_VALUES, aggregation)));
		});
		return scoped;
	}

	private static Query allOf(Collection<Query> filters) {
		return filters.isEmpty() ? Query.of(q -> q.matchAll(m -> m))
				: Query.of(q -> q.bool(b -> b.filter(List.copyOf(filters))));
	}

	private static Map<String, Aggregation> facets() {
		Map<String, Aggregation> aggregations = new LinkedHashMap<>();
		for (String field : TERM_FACETS) {
			aggregations.put(field, Aggregation.of(a -> a.terms(t -> t.field(field).size(50))));
		}
		aggregations.put("amount", Aggregation.of(a -> a.range(r -> r.field("amount")
			.ranges(x -> x.key("<100000").to(100_000.0))
			.ranges(x -> x.key("100000-500000").from(100_000.0).to(500_000.0))
			.ranges(x -> x.key("500000-1000000").from(500_000.0).to(1_000_000.0))
			.ranges(x -> x.key("1000000-5000000").from(1_000_000.0).to(5_000_000.0))
			.ranges(x -> x.key(">=5000000").from(5_000_000.0)))));
		aggregations.put("negotiable", Aggregation.of(a -> a.terms(t -> t.field("negotiable"))));
		aggregations.put("published", Aggregation.of(a -> a.dateRange(r -> r.field("published_at")
			.ranges(x -> x.key("30d").from(m -> m.expr("now-30d/d")))
			.ranges(x -> x.key("90d").from(m -> m.expr("now-90d/d")))
			.ranges(x -> x.key("365d").from(m -> m.expr("now-365d/d"))))));
		return aggregations;
	}

	private static Map<String, List<SearchPage.FacetValue>> facetValues(Map<String, Aggregate> aggregations) {
		Map<String, List<SearchPage.FacetValue>> facets = new LinkedHashMap<>();
		aggregations.forEach((name, scoped) -> {
			Aggregate aggregate = scoped.filter().aggregations().get(FACET_VALUES);
			List<SearchPage.FacetValue> values = new ArrayList<>();
			if (aggregate.isSterms()) {
				aggregate.sterms().buckets().array().forEach(b -> values.add(new SearchPage.FacetValue(b.key().stringValue(), b.docCount())));
			}
			else if (aggregate.isLterms()) {
				aggregate.lterms().buckets().array().forEach(b -> values.add(new SearchPage.FacetValue(
						b.keyAsString() != null ? b.keyAsString() : String.valueOf(b.key()), b.docCount())));
			}
			else if (aggregate.isRange()) {
				aggregate.range().buckets().array().forEach(b -> values.add(new SearchPage.FacetValue(String.valueOf(b.key()), b.docCount())));
			}
			else if (aggregate.isDateRange()) {
				aggregate.dateRange().buckets().array().forEach(b -> values.add(new SearchPage.FacetValue(String.valueOf(b.key()), b.docCount())));
			}
			facets.put(facetName(name), values);
		});
		return facets;
	}

	private static String facetName(String field) {
		return switch (field) {
			case "field_parent_code" -> "fieldParent";
			case "field_code" -> "field";
			case "clusters" -> "cluster";
			case "modes" -> "mode";
			case "region_code" -> "region";
			case "organisation_type" -> "organisationType";
			default -> field;
		};
	}

	@SuppressWarnings("unchecked")
	static SearchPage.Item item(Hit<Map> hit) {
		Map<String, Object> source = new LinkedHashMap<>(hit.source());
		IndexedPosting posting = IndexedPosting.fromSource(source);
		Map<String, List<String>> highlight = hit.highlight();
		String title = Markup.highlighted(first(highlight.get("title"), posting.title()));
		String snippet = Markup.highlighted(first(highlight.get("text"), ""));
		return new SearchPage.Item(posting.id(), posting.kind(), posting.title(), title, snippet,
				posting.organisationId(), posting.organisationName(), posting.organisationType(), posting.fieldCode(),
				posting.fieldParentCode(), posting.clusters(), posting.cooperationModes(), posting.regionCode(),
				posting.trl(), posting.stage(), posting.negotiable(), posting.minYuan(), posting.maxYuan(),
				posting.publishedAt(), posting.keywords());
	}

	private static String first(@Nullable List<String> fragments, String fallback) {
		return fragments == null || fragments.isEmpty() ? fallback : fragments.get(0);
	}

	/**
	 * Elasticsearch returns fragments as they are stored, marks added: it marks them with characters no stored text
	 * may hold, and {@link Markup} escapes the fragment before it turns those into {@code <em>}.
	 */
	private static Highlight.Builder marks(Highlight.Builder highlight) {
		return highlight.preTags(Markup.MATCH_START).postTags(Markup.MATCH_END);
	}

	static String encodeCursor(List<FieldValue> values) {
		StringBuilder out = new StringBuilder();
		for (FieldValue value : values) {
			if (!out.isEmpty()) {
				out.append('\u001f');
			}
			if (value.isLong()) out.append('l').append(value.longValue());
			else if (value.isDouble()) out.append('d').append(value.doubleValue());
			else if (value.isString()) out.append('s').append(value.stringValue());
			else if (value.isBoolean()) out.append('b').append(value.booleanValue());
			else out.append('n');
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	static List<FieldValue> decodeCursor(String cursor) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			List<FieldValue> values = new ArrayList<>();
			for (String part : decoded.split("\u001f", -1)) {
				char type = part.charAt(0);
				String rest = part.substring(1);
				values.add(switch (type) {
					case 'l' -> FieldValue.of(Long.parseLong(rest));
					case 'd' -> FieldValue.of(Double.parseDouble(rest));
					case 's' -> FieldValue.of(rest);
					case 'b' -> FieldValue.of(Boolean.parseBoolean(rest));
					case 'n' -> FieldValue.NULL;
					default -> throw new InvalidCursor();
				});
			}
			return values;
		}
		catch (RuntimeException ex) {
			throw new InvalidCursor();
		}
	}


}
