package org.hengqiao.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The fusion of the relevance recipe (docs/benchmarks.md), measured on the CSL benchmark:
 * <ol>
 * <li>min-max normalise each side's scores over its own hits (a lone hit or equal scores count as 1; a candidate
 * missing from a side gets 0 there);</li>
 * <li>F = α·lexical + (1−α)·semantic, min-max normalised again over the union → Fn;</li>
 * <li>field vote: the top m by Fn vote for their technical field with their Fn; each candidate gains β × its
 * field's share of the vote (a candidate without a field gains nothing);</li>
 * <li>the best candidate by Fn keeps first place (the vote re-orders the rest, it never displaces the single
 * clearest answer).</li>
 * </ol>
 * β is a product knob ("field affinity"), not fitted to records: the benchmark's nDCG rises with it monotonically.
 */
final class Fusion {

	static final double ALPHA = 0.5;

	static final double BETA = 0.5;

	static final int VOTERS = 5;

	private Fusion() {
	}

	/** One candidate's raw and fused scores. */
	record Scored(long id, @Nullable String field, @Nullable Double lexical, @Nullable Double semantic,
			double lexicalNormalised, double semanticNormalised, double fused, double fieldAffinity,
			double relevance) {
	}

	/**
	 * @param lexical raw lexical scores by id, best first
	 * @param semantic raw semantic scores by id, best first
	 * @param fields each candidate's field (may be absent)
	 * @return every candidate with its scores, by relevance
	 */
	static List<Scored> fuse(Map<Long, Double> lexical, Map<Long, Double> semantic, Map<Long, String> fields) {
		Map<Long, Double> nl = minMax(lexical);
		Map<Long, Double> nv = minMax(semantic);
		Map<Long, Double> f = new LinkedHashMap<>();
		List<Long> union = new ArrayList<>(lexical.keySet());
		semantic.keySet().stream().filter(id -> !lexical.containsKey(id)).forEach(union::add);
		for (Long id : union) {
			f.put(id, ALPHA * nl.getOrDefault(id, 0.0) + (1 - ALPHA) * nv.getOrDefault(id, 0.0));
		}
		Map<Long, Double> fn = minMax(f);
		List<Long> byFused = union.stream()
			.sorted(Comparator.comparingDouble((Long id) -> -fn.get(id)).thenComparing(Comparator.naturalOrder()))
			.toList();
		Map<String, Double> votes = new HashMap<>();
		double total = 0;
		for (Long id : byFused.subList(0, Math.min(VOTERS, byFused.size()))) {
			String field = fields.get(id);
			if (field != null) {
				votes.merge(field, fn.get(id), Double::sum);
			}
			total += fn.get(id);
		}
		List<Scored> scored = new ArrayList<>();
		double best = 0;
		for (Long id : byFused) {
			String field = fields.get(id);
			double affinity = total > 0 && field != null ? BETA * votes.getOrDefault(field, 0.0) / total : 0;
			double relevance = fn.get(id) + affinity;
			best = Math.max(best, relevance);
			scored.add(new Scored(id, field, lexical.get(id), semantic.get(id), nl.getOrDefault(id, 0.0),
					nv.getOrDefault(id, 0.0), fn.get(id), affinity, relevance));
		}
		if (!scored.isEmpty()) {
			// Pin the clearest answer: it scores just above everything else.
			Scored top = scored.get(0);
			double pinned = best + 1e-6;
			scored.set(0, new Scored(top.id(), top.field(), top.lexical(), top.semantic(), top.lexicalNormalised(),
					top.semanticNormalised(), top.fused(), top.fieldAffinity(), Math.max(pinned, top.relevance())));
		}
		scored.sort(Comparator.comparingDouble((Scored s) -> -s.relevance()).thenComparing(Scored::id));
		return scored;
	}

	static Map<Long, Double> minMax(Map<Long, Double> scores) {
		double min = scores.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		Map<Long, Double> normalised = new HashMap<>();
		scores.forEach((id, score) -> normalised.put(id, max > min ? (score - min) / (max - min) : 1.0));
		return normalised;
	}

	static boolean sameField(@Nullable String a, @Nullable String b) {
		return a != null && Objects.equals(a, b);
	}

}
