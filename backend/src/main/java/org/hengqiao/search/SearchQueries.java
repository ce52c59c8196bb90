package org.hengqiao.search;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The query shapes shared by keyword search and matching. */
@Component
class SearchQueries {

	/** Dates in filters are calendar days in Hengyang. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final TextAnalysis analysis;

	SearchQueries(TextAnalysis analysis) {
		this.analysis = analysis;
	}

	/**
	 * The recipe's lexical query (see docs/benchmarks.md): BM25 over the standard-analyzed fields (CJK single
	 * characters, good for recall), BM25 over the jieba-segmented fields (whole words, good for precision), and
	 * each typed phrase as a sloppy phrase on title and text (a multi-character term kept together scores high).
	 *
	 * @param strict for keyword search: at least one of the three must really match, not a stray character
	 */
	Query lexical(String text, List<String> phrases, boolean strict) {
		return lexical(text, text, phrases, strict, false);
	}

	/**
	 * Keyword search: the strict lexical query over the text and also over the names a posting is filed under
	 * ({@code labels}: clusters and fields in both languages), so "新能源" finds a posting tagged 新能源汽车 whose
	 * text never says so. Matching leaves the labels out: its strength was calibrated without them.
	 */
	Query keywords(String text, List<String> phrases) {
		return lexical(text, text, phrases, true, true);
	}

	/**
	 * A posting's own text as a lexical query: its words and phrases, not its characters. A description's hundred
	 * characters, each a term with a long postings list, were most of a posting's match time at 100,000 postings
	 * (p50 194 → 55 ms without them) and added nothing to the ranking (posting-to-posting nDCG@10 0.601 → 0.606;
	 * docs/benchmarks.md).
	 */
	Query words(String text, List<String> phrases) {
		return lexical("", text, phrases, false, false);
	}

	private Query lexical(String characters, String words, List<String> phrases, boolean strict, boolean labels) {
		String segmented = this.analysis.segmented(words);
		return Query.of(q -> q.bool(b -> {
			if (!characters.isBlank()) {
				b.should(s -> s.multiMatch(m -> {
					m.query(characters).fields(labels ? List.of("title^2", "text", "keywords^1.5", "labels")
							: List.of("title^2", "text", "keywords^1.5"));
					return strict ? m.minimumShouldMatch("80%") : m;
				}));
			}
			if (!segmented.isBlank()) {
				b.should(s -> s.multiMatch(m -> {
					m.query(segmented).fields(labels ? List.of("title_seg^2", "text_seg", "labels_seg")
							: List.of("title_seg^2", "text_seg"));
					return strict ? m.minimumShouldMatch("2<75%") : m;
				}));
			}
			for (String phrase : phrases) {
				b.should(s -> s.disMax(d -> {
					d.queries(p -> p.matchPhrase(mp -> mp.field("title").query(phrase).slop(2).boost(2f)))
						.queries(p -> p.matchPhrase(mp -> mp.field("text").query(phrase).slop(2)))
						.queries(p -> p.matchPhrase(mp -> mp.field("keywords").query(phrase).slop(1).boost(1.5f)));
					// A label is a name: its characters must stay together (新能源 in 新能源汽车, not 能 and 源 apart).
					return labels ? d.queries(p -> p.matchPhrase(mp -> mp.field("labels").query(phrase))) : d;
				}));
			}
			return b.minimumShouldMatch("1");
		}));
	}

	/** Filter clauses for the set filters (the kind is chosen by index, not here). */
	List<Query> filters(SearchFilters f) {
		List<Query> filters = new ArrayList<>(singleSelectFilters(f));
		filters.addAll(multiSelectFilters(f).values());
		return filters;
	}

	/**
	 * The filters a visitor combines from facet values ("any of" several clusters, modes, stages, organisation
	 * types), by index field. A search applies them after the query, so that each of these facets still counts the
	 * values its own filter leaves out.
	 */
	Map<String, Query> multiSelectFilters(SearchFilters f) {
		Map<String, Query> filters = new LinkedHashMap<>();
		terms(filters, "clusters", f.cluster());
		terms(filters, "modes", f.mode());
		terms(filters, "stage", f.stage());
		terms(filters, "organisation_type", f.organisationType());
		return filters;
	}

	/** The other filters: ranges, the field and the region. */
	List<Query> singleSelectFilters(SearchFilters f) {
		List<Query> filters = new ArrayList<>();
		if (f.field() != null && !f.field().isBlank()) {
			String field = f.field();
			filters.add(Query.of(q -> q.bool(b -> b.should(s -> s.term(t -> t.field("field_code").value(field)))
				.should(s -> s.term(t -> t.field("field_parent_code").value(field)))
				.minimumShouldMatch("1"))));
		}
		if (f.region() != null && !f.region().isBlank()) {
			String region = f.region();
			filters.add(Query.of(q -> q.term(t -> t.field("region_path").value(region))));
		}
		if (f.trlMin() != null || f.trlMax() != null) {
			filters.add(Query.of(q -> q.range(r -> r.number(n -> {
				n.field("trl");
				if (f.trlMin() != null) n.gte(f.trlMin().doubleValue());
				if (f.trlMax() != null) n.lte(f.trlMax().doubleValue());
				return n;
			}))));
		}
		if (f.minYuan() != null || f.maxYuan() != null) {
			filters.add(amount(f));
		}
		if (f.publishedFrom() != null || f.publishedTo() != null) {
			filters.add(Query.of(q -> q.range(r -> r.date(d -> {
				d.field("published_at");
				if (f.publishedFrom() != null) d.gte(f.publishedFrom().atStartOfDay(ZONE).toInstant().toString());
				if (f.publishedTo() != null) d.lt(f.publishedTo().plusDays(1).atStartOfDay(ZONE).toInstant().toString());
				return d;
			}))));
		}
		return filters;
	}

	/**
	 * A posting's amount range [min_yuan, max_yuan] must overlap the requested range; a missing end is open. Postings
	 * with a negotiable amount pass unless the caller excludes them.
	 */
	private Query amount(SearchFilters f) {
		List<Query> overlap = new ArrayList<>();
		if (f.maxYuan() != null) {
			overlap.add(Query.of(q -> q.range(r -> r.number(n -> n.field("min_yuan").lte(f.maxYuan().doubleValue())))));
		}
		if (f.minYuan() != null) {
			double min = f.minYuan().doubleValue();
			overlap.add(Query.of(q -> q.bool(b -> b.should(s -> s.range(r -> r.number(n -> n.field("max_yuan").gte(min))))
				.should(s -> s.bool(nb -> nb.mustNot(m -> m.exists(e -> e.field("max_yuan")))
					.filter(x -> x.exists(e -> e.field("min_yuan")))))
				.minimumShouldMatch("1"))));
		}
		Query priced = Query.of(q -> q.bool(b -> b.filter(overlap).filter(x -> x.term(t -> t.field("negotiable").value(false)))));
		if (Boolean.FALSE.equals(f.includeNegotiable())) {
			return priced;
		}
		return Query.of(q -> q.bool(b -> b.should(priced)
			.should(s -> s.term(t -> t.field("negotiable").value(true)))
			.minimumShouldMatch("1")));
	}

	private static void terms(Map<String, Query> filters, String field, @Nullable Collection<?> values) {
		if (values == null || values.isEmpty()) {
			return;
		}
		List<FieldValue> terms = values.stream()
			.map(v -> FieldValue.of(v instanceof Enum<?> e ? e.name() : String.valueOf(v)))
			.toList();
		filters.put(field, Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
	}

	static JsonData json(Object value) {
		return JsonData.of(value);
	}

}
