package org.hengqiao.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.search.IndexedPosting;
import org.junit.jupiter.api.Test;

class MatchExplanationTests {

	@Test
	void sharedTermsKeepTheLongestFormOfAWord() {
		IndexedPosting candidate = new IndexedPosting(1, PostingKind.RESULT, "", "", List.of(), 1, "", OrganisationType.UNIVERSITY,
				null, null, null, Set.of(), Set.of(), true, null, null, "430400", null, null, null, null, "",
				"锂离子 电池 锂离子电池 正极", "材料 回收");
		Set<String> source = new LinkedHashSet<>(List.of("锂离子电池", "锂离子", "电池", "回收", "隔膜"));
		assertThat(MatchingEngine.sharedTerms(source, candidate)).containsExactly("锂离子电池", "回收");
	}

	@Test
	void highlightingEscapesTheTextAndMarksTermsLongestFirst() {
		assertThat(MatchingEngine.highlight("锂离子电池<回收>", List.of("电池", "锂离子电池")))
			.isEqualTo("<em>锂离子电池</em>&lt;回收&gt;");
	}

}
