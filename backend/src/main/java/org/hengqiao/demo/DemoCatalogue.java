package org.hengqiao.demo;

import java.util.List;
import java.util.Set;

import org.hengqiao.organisation.IndustrySection;
import org.hengqiao.organisation.OrganisationSize;
import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.MaturityStage;
import org.jspecify.annotations.Nullable;

/** The demo organisations and postings, as written in {@code demo/*.json}. */
record DemoCatalogue(List<DemoOrganisation> organisations, List<DemoNeed> needs, List<DemoResult> results) {

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
