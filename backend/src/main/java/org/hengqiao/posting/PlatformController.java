package org.hengqiao.posting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hengqiao.organisation.OrganisationStatistics;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Platform", description = "Figures and vocabularies for the portal")
class PlatformController {

	private static final List<PostingStatus> PUBLIC = List.of(PostingStatus.PUBLISHED, PostingStatus.IN_NEGOTIATION);

	private final Postings postings;

	private final OrganisationStatistics organisations;

	PlatformController(Postings postings, OrganisationStatistics organisations) {
		this.postings = postings;
		this.organisations = organisations;
	}

	@GetMapping("/platform/stats")
	@Operation(summary = "Public figures: published needs and results, verified organisations, matches made")
	@Transactional(readOnly = true)
	PlatformStats stats() {
		return new PlatformStats(this.postings.countByStoredKindAndStatusIn(PostingKind.NEED, PUBLIC),
				this.postings.countByStoredKindAndStatusIn(PostingKind.RESULT, PUBLIC),
				this.organisations.verifiedCount(),
				this.postings.countByStatusAndOutcome(PostingStatus.CLOSED, CloseOutcome.MATCHED));
	}

	@GetMapping("/catalogue/clusters")
	@Operation(summary = "Hengyang's industry clusters, named in the caller's language")
	List<PostingView.Named> clusters(Locale locale) {
		return Arrays.stream(IndustryCluster.values())
			.map(cluster -> new PostingView.Named(cluster.name(), cluster.displayName(locale)))
			.toList();
	}

	record PlatformStats(long publishedNeeds, long publishedResults, long organisations, long matchesMade) {
	}

}
