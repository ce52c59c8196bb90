package org.hengqiao.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FusionTests {

	@Test
	void aCandidateFoundByBothSidesBeatsOnesFoundByOne() {
		Map<Long, Double> lexical = ordered(1L, 10.0, 2L, 8.0, 3L, 1.0);
		Map<Long, Double> semantic = ordered(2L, 0.9, 4L, 0.8, 1L, 0.5);
		List<Fusion.Scored> fused = Fusion.fuse(lexical, semantic, Map.of());
		assertThat(fused).extracting(Fusion.Scored::id).as("2 is strong on both sides").startsWith(2L);
		assertThat(fused).hasSize(4);
		assertThat(fused).allSatisfy(s -> assertThat(s.fused()).isBetween(0.0, 1.0));
	}

	@Test
	void theFieldVoteLiftsCandidatesOfTheLeadingFieldButKeepsTheBestAnswerFirst() {
		Map<Long, Double> lexical = ordered(1L, 10.0, 2L, 9.0, 3L, 8.9, 4L, 8.8, 5L, 8.7, 6L, 8.6);
		Map<Long, Double> semantic = ordered(1L, 0.9, 2L, 0.85, 3L, 0.84, 4L, 0.83, 5L, 0.82, 6L, 0.81);
		Map<Long, String> fields = Map.of(1L, "A", 2L, "B", 3L, "A", 4L, "A", 5L, "A", 6L, "A");
		List<Fusion.Scored> fused = Fusion.fuse(lexical, semantic, fields);
		assertThat(fused.get(0).id()).as("the clearest answer stays first").isEqualTo(1L);
		assertThat(fused.stream().map(Fusion.Scored::id).toList().indexOf(2L)).as("lone field B sinks")
			.isGreaterThan(1);
		assertThat(fused.get(1).fieldAffinity()).isGreaterThan(0);
	}

	@Test
	void aLoneCandidateIsNormalisedToOne() {
		assertThat(Fusion.minMax(Map.of(7L, 3.0))).containsEntry(7L, 1.0);
	}

	private static Map<Long, Double> ordered(Object... pairs) {
		Map<Long, Double> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((Long) pairs[i], (Double) pairs[i + 1]);
		}
		return map;
	}

}
