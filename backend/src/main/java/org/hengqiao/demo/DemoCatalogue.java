package org.hengqiao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import org.hengqiao.organisation.IndustrySection;
import org.hengqiao.organisation.OrganisationSize;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.MaturityStage;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** The demo organisations and postings, as written in {@code demo/*.json}. */
record DemoCatalogue(List<DemoOrganisation> organisations, List<DemoNeed> needs, List<DemoResult> results) {

	static DemoCatalogue read(JsonMapper json) throws IOException {
		List<DemoOrganisation> organisations = read(json, "demo/organisations.json",
				json.getTypeFactory().constructCollectionType(List.class, DemoOrganisation.class));
		DemoPostings postings = read(json, "demo/postings.json", json.constructType(DemoPostings.class));
		return new DemoCatalogue(organisations, postings.needs(), postings.results());
	}

	static <T> T read(JsonMapper json, String path, JavaType type) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return json.readValue(in, type);
		}
	}

	DemoOrganisation organisation(String key) {
		return this.organisations.stream()
			.filter(organisation -> organisation.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No demo organisation " + key));
	}

	record DemoOrganisation(String key, OrganisationType type, String nameZh, String nameEn, String creditCode,
			String region, @Nullable IndustrySection industry, @Nullable OrganisationSize size,
			@Nullable String website, String profile) {
	}

	record DemoNeed(String org, String title, String text, String fieldCode, Set<IndustryCluster> clusters,
			List<String> keywords, Set<CooperationMode> modes, @Nullable Boolean negotiable, @Nullable Long minYuan,
			@Nullable Long maxYuan, int deadlineDays, @Nullable Integer minTrl, @Nullable Boolean awaitingReview) {
	}

	record DemoResult(String org, String title, String text, String fieldCode, Set<IndustryCluster> clusters,
			List<String> keywords, Set<CooperationMode> modes, @Nullable Boolean negotiable, @Nullable Long minYuan,
			@Nullable Long maxYuan, int trl, MaturityStage stage, @Nullable List<String> patents,
			@Nullable String team, @Nullable String scenarios) {
	}

	record DemoPostings(List<DemoNeed> needs, List<DemoResult> results) {
	}

}
