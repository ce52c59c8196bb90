package org.hengqiao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.Test;

class SearchPropertiesTests {

	@Test
	void aCursorSurvivesTheRoundTrip() {
		List<FieldValue> values = List.of(FieldValue.of(3.25), FieldValue.of(42L), FieldValue.of("a|b"));
		List<FieldValue> decoded = PostingSearch.decodeCursor(PostingSearch.encodeCursor(values));
		assertThat(decoded.get(0).doubleValue()).isEqualTo(3.25);
		assertThat(decoded.get(1).longValue()).isEqualTo(42L);
		assertThat(decoded.get(2).stringValue()).isEqualTo("a|b");
	}

	@Test
	void theMappingVersionIsReadFromTheIndexName() {
		assertThat(IndexAdministration.mappingVersion("hq-needs-v1-20260101t120000000")).isEqualTo(1);
		assertThat(IndexAdministration.mappingVersion("hq-needs-v12-initial")).isEqualTo(12);
	}

}
