package org.hengqiao.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hengqiao.posting.IndustryCluster;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class DisciplineMappingTests {

	@Test
	void mapsAllSixtySevenDisciplinesOfTheLiterature() {
		assertThat(DisciplineMapping.disciplines()).hasSize(67);
	}

	@Test
	void mapsOnlyToSecondLevelFieldsTheTaxonomySeeds() throws IOException {
		String migration = new ClassPathResource("db/migration/V20__technical_fields.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		java.util.Set<String> seeded = new java.util.HashSet<>();
		Matcher codes = Pattern.compile("\\('([A-Z]+\\.[A-Z_]+)', '[A-Z]+'").matcher(migration);
		while (codes.find()) {
			seeded.add(codes.group(1));
		}

		assertThat(seeded).hasSizeGreaterThan(50).containsAll(DisciplineMapping.fieldCodes());
	}

	@Test
	void fallsBackOnTheCategoryForAnUnknownDiscipline() {
		assertThat(DisciplineMapping.field("冶金工程", "工学")).contains("MAT.NONFERROUS");
		assertThat(DisciplineMapping.field("新兴交叉学科", "医学")).contains("BIO.CLINICAL");
		assertThat(DisciplineMapping.field("新兴交叉学科", "未知")).isEmpty();
	}

	@Test
	void choosesTheMostSpecificCluster() {
		assertThat(DisciplineMapping.cluster("MAT.NONFERROUS")).isEqualTo(IndustryCluster.NONFERROUS_METALS);
		assertThat(DisciplineMapping.cluster("MAT.POLYMER")).isEqualTo(IndustryCluster.NEW_MATERIALS);
		assertThat(DisciplineMapping.cluster("AUT.NEV")).isEqualTo(IndustryCluster.NEW_ENERGY_VEHICLES);
	}

}
