package org.hengqiao.matching;

import org.hengqiao.search.CandidateRetrieval.TextOrigin;

/**
 * The calibrated match strength, 0–100: the chance, measured on the CSL sets, that a match with these scores is
 * relevant, times the compatibility penalty of any conflicting criterion. Two logistic models fitted on the 24,680
 * matches the benchmark shows (docs/benchmarks.md, "Match bands"), one per kind of query text:
 * <pre>p = σ(a + b·relevance + c·consensus)</pre>
 * {@code relevance} is the match's own fused score with its field affinity (what ranks it); {@code consensus} is
 * the list's largest field affinity — how much the best candidates agree on one field, the same for every match of
 * a list. Since only relevance varies within a list, strength never rises down the list (save the small same-city
 * lift of the ranking, which strength ignores). Raw cosine similarity did not help: among the shown matches, the
 * irrelevant ones got there by being semantically close, so it predicted relevance backwards.
 * <p>
 * Posting-to-posting matches need their own model: there relevance separates relevant from irrelevant matches
 * much more steeply than for a visitor's few words (an earlier single threshold held 0.97 in the strong band for
 * typed words but 0.71 for postings).
 */
final class MatchStrength {

	/** Fitted on the long and short keyword queries (visitors' words). */
	private static final Model TYPED = new Model(-5.762, 3.570, 16.696);

	/** Fitted on the posting-to-posting set (a need's title, keywords and text). */
	private static final Model POSTING = new Model(-11.934, 31.336, 10.663);

	private MatchStrength() {
	}

	private record Model(double intercept, double relevance, double consensus) {

		double probability(double relevance, double consensus) {
			double logit = this.intercept + this.relevance * relevance + this.consensus * consensus;
			return 1 / (1 + Math.exp(-logit));
		}

	}

	/**
	 * @param origin whose words were matched: a visitor's or a posting's
	 * @param relevance the match's fused score plus field affinity
	 * @param consensus the largest field affinity of the list
	 * @param compatibility the product of the criteria's factors; only a penalty counts (a lift stays a ranking aid)
	 * @return the strength, 0–100
	 */
	static int of(TextOrigin origin, double relevance, double consensus, double compatibility) {
		Model model = origin == TextOrigin.TYPED ? TYPED : POSTING;
		double strength = 100 * model.probability(relevance, consensus) * Math.min(1.0, compatibility);
		return (int) Math.round(strength);
	}

}
