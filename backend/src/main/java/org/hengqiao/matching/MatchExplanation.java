package org.hengqiao.matching;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * Why a posting matched, computed from both texts and both postings' data.
 *
 * @param sharedTerms words (segmented by jieba) that occur in both texts, most specific first
 * @param sourceHighlighted the matched posting's (or visitor's) title and text with the shared terms marked
 * @param titleHighlighted the match's title with the shared terms marked
 * @param textHighlighted up to three passages of the match's text with the shared terms marked (its opening when none occurs)
 * @param semanticSimilarity cosine similarity of the two texts' sentence vectors (bge-small-zh), −1 to 1
 * @param criteria each structured criterion: met, conflicting or unknown
 * @param score how the score was made
 */
public record MatchExplanation(List<String> sharedTerms, String sourceHighlighted, String titleHighlighted,
		List<String> textHighlighted, @Nullable Double semanticSimilarity, List<Criterion> criteria,
		ScoreParts score) {

	/**
	 * The parts of the score: {@code score = relevance × compatibility}, where {@code relevance = fused +
	 * fieldAffinity} and {@code fused} is the normalised mix of the lexical and the semantic rank scores.
	 */
	public record ScoreParts(@Schema(description = "Raw BM25 score, absent if not a lexical candidate") @Nullable Double lexical,
			@Schema(description = "Lexical score normalised over the candidates, 0–1") double lexicalNormalised,
			@Schema(description = "kNN cosine, absent if not a semantic candidate") @Nullable Double semantic,
			@Schema(description = "Semantic score normalised over the candidates, 0–1") double semanticNormalised,
			@Schema(description = "Fusion of both, normalised, 0–1") double fused,
			@Schema(description = "Bonus for sharing the technical field of the best candidates") double fieldAffinity,
			double relevance,
			@Schema(description = "Product of the criteria's factors") double compatibility,
			double total) {
	}

}
