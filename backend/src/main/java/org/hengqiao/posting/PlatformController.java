package org.hengqiao.posting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.organisation.OrganisationStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final AccountDirectory accounts;

	private final SignedContracts contracts;

	private final FeaturedResults featured;

	private final JdbcClient jdbc;

	private final Clock clock;

	PlatformController(Postings postings, OrganisationStatistics organisations, AccountDirectory accounts,
			SignedContracts contracts, FeaturedResults featured, JdbcClient jdbc, Clock clock) {
		this.postings = postings;
		this.organisations = organisations;
		this.accounts = accounts;
		this.contracts = contracts;
		this.featured = featured;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/platform/stats")
	@Operation(summary = "Public figures: published needs and results, verified organisations, matches made, "
			+ "contract value signed, brokers, postings published this month (in Hengyang's calendar)")
	@Transactional(readOnly = true)
	PlatformStats stats() {
		Instant monthStart = LocalDate.now(this.clock.withZone(PostingWorkflow.ZONE))
			.withDayOfMonth(1)
			.atStartOfDay(PostingWorkflow.ZONE)
			.toInstant();
		return new PlatformStats(this.postings.countByStoredKindAndStatusIn(PostingKind.NEED, PUBLIC),
				this.postings.countByStoredKindAndStatusIn(PostingKind.RESULT, PUBLIC),
				this.organisations.verifiedCount(),
				this.postings.countByStatusAndOutcome(PostingStatus.CLOSED, CloseOutcome.MATCHED),
				this.contracts.totalValueYuan(), this.accounts.brokers(null).size(),
				this.postings.countByStatusInAndPublishedAtGreaterThanEqual(PUBLIC, monthStart));
	}

	@GetMapping("/platform/clusters")
	@Operation(summary = "Each industry cluster, named in the caller's language, with its number of public postings")
	@Transactional(readOnly = true)
	List<ClusterFigure> clusterFigures(Locale locale) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc
			.sql("select c.cluster_code, count(*) as postings from posting_cluster c join posting p on p.id = c.posting_id "
					+ "where p.status in ('PUBLISHED', 'IN_NEGOTIATION') group by c.cluster_code")
			.query((row, number) -> counts.put(row.getString("cluster_code"), row.getLong("postings")))
			.list();
		return Arrays.stream(IndustryCluster.values())
			.map(cluster -> new ClusterFigure(cluster.name(), cluster.displayName(locale),
					counts.getOrDefault(cluster.name(), 0L)))
			.toList();
	}

	@GetMapping("/platform/featured-results")
	@Operation(summary = "The results an operator featured on the home page that are still public, latest pick first")
	List<PostingSummary> featuredResults() {
		return this.featured.shown();
	}

	@GetMapping("/catalogue/clusters")
	@Operation(summary = "Hengyang's industry clusters, named in the caller's language")
	List<PostingView.Named> clusters(Locale locale) {
		return Arrays.stream(IndustryCluster.values())
			.map(cluster -> new PostingView.Named(cluster.name(), cluster.displayName(locale)))
			.toList();
	}

	/**
	 * @param contractValueYuan the value of the technology contracts signed through the platform
	 * @param newPostingsThisMonth needs and results first published this calendar month, still public
	 */
	record PlatformStats(long publishedNeeds, long publishedResults, long organisations, long matchesMade,
			BigDecimal contractValueYuan, long brokers, long newPostingsThisMonth) {
	}

	record ClusterFigure(String code, String name, long postings) {
	}

}
