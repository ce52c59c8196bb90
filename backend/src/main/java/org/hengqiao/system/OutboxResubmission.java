package org.hengqiao.system;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the event publication registry lacks: retrying. Every few seconds, incomplete publications of any event (a
 * posting's changes for indexing and alerts, the connect and deal events for notifications) whose backoff has
 * passed are handed to their listener again: after the first failure 2 s later, then 4 s, 8 s … at most every
 * 5 minutes ({@link OutboxProperties}). A publication left in flight by an instance that died is marked failed by
 * Modulith's staleness monitor ({@code spring.modulith.events.staleness.*}) and then retried here. Any instance
 * may do this: the listeners are idempotent (a posting indexed twice is harmless thanks to external versioning,
 * an alert is delivered once per subscription and posting).
 */
@Component
class OutboxResubmission {

	private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

	private final IncompleteEventPublications publications;

	private final OutboxProperties properties;

	OutboxResubmission(IncompleteEventPublications publications, OutboxProperties properties) {
		this.publications = publications;
		this.properties = properties;
	}

	@Scheduled(initialDelayString = "${hengqiao.outbox.resubmit-every:5s}",
			fixedDelayString = "${hengqiao.outbox.resubmit-every:5s}")
	void resubmit() {
		Instant now = Instant.now();
		AtomicInteger seen = new AtomicInteger();
		AtomicInteger due = new AtomicInteger();
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
