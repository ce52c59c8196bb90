package org.hengqiao.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The passages of a match's text worth showing: the sentences that hold the most shared terms, in text order, with
 * the terms marked (a sentence longer than {@value #LENGTH} characters counts as several). Done here rather than by Elasticsearch's highlighter, which cost a third of a posting's match
 * time (17 of 55 ms at 100,000 postings) and knew only the source's terms, not which of them the match shares.
 */
final class Passages {

	/** The longest passage; a longer sentence is cut. */
	static final int LENGTH = 120;

	/** How much of the beginning stands in when no term occurs. */
	static final int OPENING = 150;

	static final int MAX_PASSAGES = 3;

	private static final String SENTENCE_ENDS = "。！？；!?;\n";

	private Passages() {
	}

	/**
	 * Up to three passages of {@code text} containing {@code terms}, marked by {@link MatchingEngine#highlight}; the
	 * text's opening, unmarked, when none contains a term.
	 */
	static List<String> of(String text, List<String> terms) {
		List<String> passages = split(text);
		record Scored(int index, String passage, double score) {
		}
		List<Scored> scored = new ArrayList<>();
		for (int i = 0; i < passages.size(); i++) {
			double score = score(passages.get(i), terms);
			if (score > 0) {
				scored.add(new Scored(i, passages.get(i), score));
			}
		}
		if (scored.isEmpty()) {
			String opening = text.length() > OPENING ? text.substring(0, OPENING) : text;
			return opening.isBlank() ? List.of() : List.of(MatchingEngine.highlight(opening.strip(), List.of()));
		}
		return scored.stream()
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index))
			.limit(MAX_PASSAGES)
			.sorted(Comparator.comparingInt(Scored::index))
			.map(s -> MatchingEngine.highlight(s.passage().strip(), terms))
			.toList();
	}

	/** Distinct terms in the passage, a longer term counting more (it says more). */
	private static double score(String passage, List<String> terms) {
		String lower = passage.toLowerCase(Locale.ROOT);
		return terms.stream()
			.filter(term -> lower.contains(term.toLowerCase(Locale.ROOT)))
			.mapToDouble(term -> Math.sqrt(term.length()))
			.sum();
	}

	/** The text's sentences; a sentence longer than a passage in pieces. */
	static List<String> split(String text) {
		List<String> passages = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0 || i + 1 == text.length()) {
				String sentence = text.substring(start, i + 1);
				for (int from = 0; from < sentence.length(); from += LENGTH) {
					String piece = sentence.substring(from, Math.min(sentence.length(), from + LENGTH));
					if (!piece.isBlank()) {
						passages.add(piece);
					}
				}
				start = i + 1;
			}
		}
		return passages;
	}

}
