package org.hengqiao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.search.SearchFilters;
import org.hengqiao.system.InvalidInput;
import org.junit.jupiter.api.Test;

class SavedSearchFiltersTests {

	@Test
	void bindsTheSearchPagesUrlQueryLikeTheSearchEndpoint() {
		SearchFilters filters = SavedSearchFilters.parse(
				"kind=RESULT&cluster=NEW_MATERIALS&cluster=BIOMEDICINE&field=MAT&trlMin=4&publishedFrom=2026-01-01&q=ignored&sort=NEWEST");

		assertThat(filters.kind()).isEqualTo(PostingKind.RESULT);
		assertThat(filters.cluster()).containsExactlyInAnyOrder(IndustryCluster.NEW_MATERIALS, IndustryCluster.BIOMEDICINE);
		assertThat(filters.field()).isEqualTo("MAT");
		assertThat(filters.trlMin()).isEqualTo(4);
		assertThat(filters.publishedFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(filters.active()).containsExactly("field", "cluster", "trlMin", "publishedFrom");
	}

	@Test
	void decodesPercentEncodedValues() {
		assertThat(SavedSearchFilters.parse("region=430400&field=MAT%2ENONFERROUS").field()).isEqualTo("MAT.NONFERROUS");
	}

	@Test
	void refusesValuesThatDoNotFitTheirFilter() {
		assertThatThrownBy(() -> SavedSearchFilters.parse("trlMin=high")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> SavedSearchFilters.parse("cluster=MOON_MINING")).isInstanceOf(InvalidInput.class);
	}

}
