package org.hengqiao.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.hengqiao.search.CandidateRetrieval.TextOrigin;
import org.junit.jupiter.api.Test;

class MatchStrengthTests {

	@Test
	void bandsCoverTheScaleFromTheirLowerBounds() {
		assertThat(MatchBand.of(100)).isEqualTo(MatchBand.STRONG);
		assertThat(MatchBand.of(85)).isEqualTo(MatchBand.STRONG);
		assertThat(MatchBand.of(84)).isEqualTo(MatchBand.GOOD);
		assertThat(MatchBand.of(60)).isEqualTo(MatchBand.GOOD);
		assertThat(MatchBand.of(59)).isEqualTo(MatchBand.FAIR);
		assertThat(MatchBand.of(35)).isEqualTo(MatchBand.FAIR);
		assertThat(MatchBand.of(34)).isEqualTo(MatchBand.WEAK);
		assertThat(MatchBand.of(0)).isEqualTo(MatchBand.WEAK);
	}

	@Test
	void strengthStaysWithinZeroToHundred() {
		for (TextOrigin origin : TextOrigin.values()) {
			assertThat(MatchStrength.of(origin, 0, 0, 1)).as("%s, nothing in common", origin).isBetween(0, 5);
			assertThat(MatchStrength.of(origin, 1.5, 0.5, 1)).as("%s, clearest answer of a unanimous list", origin)
				.isBetween(95, 100);
			assertThat(MatchStrength.of(origin, 1.5, 0.5, 1.05)).as("%s, a same-city lift is no evidence", origin)
				.isEqualTo(MatchStrength.of(origin, 1.5, 0.5, 1));
		}
	}

	@Test
	void strengthNeverRisesDownAListWhoseRelevanceFalls() {
		for (TextOrigin origin : TextOrigin.values()) {
			int previous = 100;
			for (double relevance = 1.5; relevance >= 0; relevance -= 0.05) {
				int strength = MatchStrength.of(origin, relevance, 0.3, 1);
				assertThat(strength).as("%s at relevance %.2f", origin, relevance).isLessThanOrEqualTo(previous);
				previous = strength;
			}
		}
	}

	@Test
	void aListWhoseBestCandidatesAgreeOnAFieldIsStronger() {
		assertThat(MatchStrength.of(TextOrigin.TYPED, 0.6, 0.5, 1))
			.isGreaterThan(MatchStrength.of(TextOrigin.TYPED, 0.6, 0.1, 1));
	}

	@Test
	void aConflictingCriterionLowersTheStrengthByItsFactor() {
		int compatible = MatchStrength.of(TextOrigin.POSTING, 1.2, 0.5, 1);
		assertThat(MatchStrength.of(TextOrigin.POSTING, 1.2, 0.5, 0.6)).isEqualTo(Math.round(compatible * 0.6f));
	}

	@Test
	void aPostingsOwnTextIsJudgedMoreSharplyThanAVisitorsWords() {
		// Calibrated apart: on the posting set relevance separates relevant from irrelevant matches more steeply.
		assertThat(MatchStrength.of(TextOrigin.POSTING, 0.2, 0.3, 1))
			.isLessThan(MatchStrength.of(TextOrigin.TYPED, 0.2, 0.3, 1));
		assertThat(MatchStrength.of(TextOrigin.POSTING, 0.6, 0.3, 1))
			.isGreaterThan(MatchStrength.of(TextOrigin.TYPED, 0.6, 0.3, 1));
	}

}
