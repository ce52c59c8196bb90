package org.hengqiao.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.search.CandidateRetrieval;
import org.hengqiao.search.CandidateRetrieval.CandidateQuery;
import org.hengqiao.search.CandidateRetrieval.TextOrigin;
import org.hengqiao.search.Embeddings;
import org.hengqiao.search.IndexedPosting;
import org.hengqiao.search.SearchFilters;
import org.hengqiao.search.TextAnalysis;
import org.hengqiao.system.Markup;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Ranks results for a need, needs for a result, and results for a visitor's text, with the same hybrid pipeline:
 * lexical and semantic candidates (100 each) → {@link Fusion} → structured {@link Compatibility} → explanation.
 */
@Service
public class MatchingEngine {

	/** Candidates per side; the CSL benchmark lost nDCG with smaller pools (50: −4 %, 20: −13 %). */
	static final int POOL = 100;

	static final int DEFAULT_SIZE = 10;

	static final int MAX_SIZE = 50;

	/**
	 * How much of a long description goes into the lexical query, as words (the title and keywords always do; the
	 * whole description counts through the vector). Taking all of it instead measured p50 +6 ms at 100,000 postings
	 * and nDCG@10 −0.003 on the posting-to-posting set (docs/benchmarks.md).
	 */
	static final int QUERY_TEXT_CHARS = 100;

	private static final int MAX_SOURCE_TERMS = 40;

	private static final int MAX_SHARED_TERMS = 12;

	private final PostingDocuments postings;

	private final CandidateRetrieval retrieval;

	private final Embeddings embeddings;

	private final TextAnalysis analysis;

	private final Compatibility compatibility;

	private final Actors actors;

	MatchingEngine(PostingDocuments postings, CandidateRetrieval retrieval, Embeddings embeddings,
			TextAnalysis analysis, Compatibility compatibility, Actors actors) {
		this.postings = postings;
		this.retrieval = retrieval;
		this.embeddings = embeddings;
		this.analysis = analysis;
		this.compatibility = compatibility;
		this.actors = actors;
	}

	/** Results for a need. A need that is not public only for its organisation's members and operators. */
	public MatchList forNeed(long needId, int size) {
		return forPosting(needId, PostingKind.NEED, size);
	}

	/** Needs for a result, under the same visibility rule. */
	public MatchList forResult(long resultId, int size) {
		return forPosting(resultId, PostingKind.RESULT, size);
	}

	/** Results for a visitor's own words, hard filters and soft preferences. */
	public MatchList forText(MatchRequest request) {
		String text = request.text().strip();
		SearchFilters filters = request.filters() != null ? request.filters() : SearchFilters.none();
		MatchProfile profile = request.profile() != null ? request.profile() : MatchProfile.empty();
		Source source = new Source(null, null, text, "", this.analysis.phrases(text), text,
				this.embeddings.embedQuery(text), profile);
		return rank(source, PostingKind.RESULT, filters, size(request.size()));
	}

	private MatchList forPosting(long id, PostingKind kind, int size) {
		PostingDocument posting = this.postings.find(id)
			.filter(p -> p.kind() == kind)
			.orElseThrow(() -> new MatchSourceNotFound(id));
		if (!posting.isPublic() && !mayReadPrivate(posting)) {
			throw new MatchesNotVisible();
		}
		String keywords = String.join(" ", posting.keywords());
		String text = posting.text();
		String queryText = posting.title() + " " + keywords + " "
				+ (text.length() > QUERY_TEXT_CHARS ? text.substring(0, QUERY_TEXT_CHARS) : text);
		Source source = new Source(posting.id(), kind, posting.title(), text,
				this.analysis.phrases(posting.title() + " " + keywords), queryText,
				this.embeddings.vectorOf(Embeddings.contentOf(posting)), MatchProfile.of(posting));
		PostingKind target = kind == PostingKind.NEED ? PostingKind.RESULT : PostingKind.NEED;
		return rank(source, target, SearchFilters.none(), size(size));
	}

	/**
	 * What a candidate votes for in the field vote: the finest classification it carries. The platform taxonomy
	 * merges some disciplines, so an imported result's own discipline ranks better where there is one (0.873 / 0.808
	 * against 0.824 / 0.767 nDCG@10 on the CSL benchmark); the prefix keeps the two vocabularies apart.
	 */
	private static @Nullable String votingField(IndexedPosting posting) {
		if (posting.classification() != null) {
			return "classification:" + posting.classification();
		}
		return posting.fieldCode();
	}

	private boolean mayReadPrivate(PostingDocument posting) {
		Actor actor = this.actors.current().orElse(null);
		return actor != null && (actor.isOperator() || actor.isMemberOf(posting.organisationId()));
	}

	private record Source(@Nullable Long id, @Nullable PostingKind kind, String title, String text,
			List<String> phrases, String queryText, float[] vector, MatchProfile profile) {

		/** A visitor's words, or a posting's own text. */
		TextOrigin origin() {
			return this.id == null ? TextOrigin.TYPED : TextOrigin.POSTING;
		}

		/** Whether the source plays the need's part in the compatibility rules. */
		boolean isNeedSide() {
			return this.kind != PostingKind.RESULT;
		}

	}

	private MatchList rank(Source source, PostingKind target, SearchFilters filters, int size) {
		CandidateRetrieval.Pool pool = this.retrieval.retrieve(new CandidateQuery(target, source.queryText(),
				source.origin(), source.phrases(), source.vector(), filters, POOL, source.kind() == target ? source.id() : null));
		Map<Long, Double> lexical = new LinkedHashMap<>();
		Map<Long, Double> semantic = new LinkedHashMap<>();
		Map<Long, String> fields = new HashMap<>();
		Map<Long, IndexedPosting> candidates = new HashMap<>();
		pool.lexical().forEach(c -> {
			lexical.put(c.posting().id(), c.score());
			candidates.put(c.posting().id(), c.posting());
		});
		pool.semantic().forEach(c -> {
			semantic.put(c.posting().id(), c.score());
			candidates.putIfAbsent(c.posting().id(), c.posting());
		});
		candidates.forEach((id, posting) -> {
			String field = votingField(posting);
			if (field != null) {
				fields.put(id, field);
			}
		});

		record Ranked(Fusion.Scored scored, List<Criterion> criteria, double compatibility, double total) {
		}
		List<Ranked> ranked = new ArrayList<>();
		List<Fusion.Scored> fused = Fusion.fuse(lexical, semantic, fields);
		double consensus = fused.stream().mapToDouble(Fusion.Scored::fieldAffinity).max().orElse(0);
		for (Fusion.Scored scored : fused) {
			MatchProfile candidate = MatchProfile.of(candidates.get(scored.id()));
			List<Criterion> criteria = source.isNeedSide() ? this.compatibility.evaluate(source.profile(), candidate)
					: this.compatibility.evaluate(candidate, source.profile());
			double factor = Compatibility.factor(criteria);
			ranked.add(new Ranked(scored, criteria, factor, scored.relevance() * factor));
		}
		ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.total()).thenComparing(r -> r.scored().id()));
		List<Ranked> page = ranked.subList(0, Math.min(size, ranked.size()));

		Set<String> sourceTerms = sourceTerms(source);
		List<Long> ids = page.stream().map(r -> r.scored().id()).toList();
		Map<Long, IndexedPosting> details = this.retrieval.postings(target, ids);
		Map<Long, Double> similarities = similarities(source.vector(), page.stream()
			.filter(r -> r.scored().semantic() == null)
			.map(r -> candidates.get(r.scored().id()))
			.toList());

		List<Match> matches = new ArrayList<>();
		Set<String> allShared = new LinkedHashSet<>();
		for (Ranked r : page) {
			long id = r.scored().id();
			IndexedPosting posting = details.getOrDefault(id, candidates.get(id));
			List<String> shared = sharedTerms(sourceTerms, posting);
			allShared.addAll(shared);
			Double similarity = r.scored().semantic() != null ? r.scored().semantic() : similarities.get(id);
			Fusion.Scored s = r.scored();
			int strength = MatchStrength.of(source.origin(), s.relevance(), consensus, r.compatibility());
			MatchExplanation explanation = new MatchExplanation(shared,
					highlight(source.title() + (source.text().isEmpty() ? "" : "\n" + source.text()), shared),
					highlight(posting.title(), shared), Passages.of(posting.text(), shared), similarity, r.criteria(),
					new MatchExplanation.ScoreParts(s.lexical(), s.lexicalNormalised(), s.semantic(),
							s.semanticNormalised(), s.fused(), s.fieldAffinity(), s.relevance(), r.compatibility(),
							r.total()));
			matches.add(new Match(matches.size() + 1, id, posting.kind(), posting.title(), posting.organisationId(),
					posting.organisationName(), posting.organisationType(), posting.fieldCode(), posting.clusters(),
					posting.cooperationModes(), posting.regionCode(), posting.trl(), posting.stage(),
					posting.negotiable(), posting.minYuan(), posting.maxYuan(), posting.publishedAt(), r.total(), strength,
					MatchBand.of(strength), explanation));
		}
		return new MatchList(source.id(), source.kind(), target, highlight(source.title(), List.copyOf(allShared)),
				matches);
	}

	/** The source's words worth sharing: title first, then keywords and text; at most 40. */
	private Set<String> sourceTerms(Source source) {
		Set<String> terms = new LinkedHashSet<>(this.analysis.keyTerms(source.title()));
		terms.addAll(this.analysis.keyTerms(source.queryText()));
		terms.addAll(this.analysis.keyTerms(source.text()));
		return terms.stream().limit(MAX_SOURCE_TERMS).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * Terms in both texts. jieba's search mode yields both 锂离子电池 and its parts 锂离子 and 电池; only the
	 * longest form is kept, since it says the most.
	 */
	static List<String> sharedTerms(Set<String> sourceTerms, IndexedPosting candidate) {
		Set<String> words = new LinkedHashSet<>();
		for (String segmented : List.of(candidate.titleSegmented(), candidate.textSegmented())) {
			for (String word : segmented.split(" ")) {
				if (!word.isBlank()) {
					words.add(word);
				}
			}
		}
		List<String> shared = sourceTerms.stream().filter(words::contains).toList();
		List<String> longest = shared.stream()
			.filter(term -> shared.stream().noneMatch(other -> other.length() > term.length() && other.contains(term)))
			.sorted(Comparator.comparingInt(String::length).reversed())
			.limit(MAX_SHARED_TERMS)
			.toList();
		return longest;
	}

	/** Cosine similarity for candidates found only lexically, from the vectors stored by content hash. */
	private Map<Long, Double> similarities(float[] query, List<IndexedPosting> postings) {
		if (postings.isEmpty()) {
			return Map.of();
		}
		Map<String, float[]> vectors = this.embeddings
			.stored(postings.stream().map(IndexedPosting::contentHash).toList());
		Map<Long, Double> similarities = new HashMap<>();
		for (IndexedPosting posting : postings) {
			float[] vector = vectors.get(posting.contentHash());
			if (vector != null) {
				similarities.put(posting.id(), Embeddings.cosine(query, vector));
			}
		}
		return similarities;
	}

	/** Marks the terms in a text with {@code <em>}, longest first, case-insensitively; escapes the rest. */
	static String highlight(String text, List<String> terms) {
		return Markup.highlighted(text, terms);
	}

	private static int size(@Nullable Integer size) {
		return size == null ? DEFAULT_SIZE : Math.clamp(size, 1, MAX_SIZE);
	}

}
