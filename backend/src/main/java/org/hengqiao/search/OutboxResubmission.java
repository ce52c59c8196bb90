package org.hengqiao.search;

import java.time.Duration;
import java.time.Instant;

import org.hengqiao.posting.PostingChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the event publication registry lacks: retrying. Every few seconds, incomplete publications (of any event:
 * {@link PostingChanged} for indexing and alerts, the connect and deal events for notifications) whose backoff has
 * passed are handed to their listener again: after the first failure 2 s later, then
 * 4 s, 8 s … at most every 5 minutes. A publication left in flight by an instance that died is marked failed by
 * Modulith's staleness monitor ({@code spring.modulith.events.staleness.*}) and then retried here. Any instance
 * may do this; a posting indexed twice is harmless thanks to external versioning.
 */
@Component
class OutboxResubmission {

	private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

	private final IncompleteEventPublications publications;

	private final SearchProperties properties;

	OutboxResubmission(IncompleteEventPublications publications, SearchProperties properties) {
		this.publications = publications;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "${hengqiao.search.resubmit-every:5s}",
			fixedDelayString = "${hengqiao.search.resubmit-every:5s}")
	void resubmit() {
		Instant now = Instant.now();
		java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger due = new java.util.concurrent.atomic.AtomicInteger();
		try {
			this.publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
				.withMinAge(Duration.ZERO)
				.withBatchSize(this.properties.resubmitBatch())
				.withMaxInFlight(this.properties.resubmitBatch())
				.withFilter(publication -> {
					seen.incrementAndGet();
					boolean result = isDue(publication, now);
					if (result) {
						due.incrementAndGet();
					}
					return result;
				}));
			if (due.get() > 0) {
				log.info("Resubmitted {} of {} failed event publications", due.get(), seen.get());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Resubmitting incomplete event publications failed: {}", ex.toString());
		}
	}

	/**
	 * Only failed publications reach the filter (the registry selects them). The first retry waits from the
	 * publication, later ones from the previous resubmission.
	 */
	boolean isDue(EventPublication publication, Instant now) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		Duration backoff = this.properties.backoffAfter(Math.max(1, publication.getCompletionAttempts()));
		return !now.isBefore(last.plus(backoff));
	}

}
