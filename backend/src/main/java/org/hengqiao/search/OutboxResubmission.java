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
 * What the event publication registry lacks: retrying. Every few seconds, incomplete {@link PostingChanged}
 * publications whose backoff has passed are handed to the listener again: after the first failure 2 s later, then
 * 4 s, 8 s … at most every 5 minutes. A publication that is not failed but still incomplete long after it was
 * published (its instance died while indexing) is picked up too. Any instance may do this; a posting indexed
 * twice is harmless thanks to external versioning.
 */
@Component
class OutboxResubmission {

	private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

	/** How long a publication may stay in flight before it counts as abandoned. */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

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
		try {
			this.publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
				.withMinAge(Duration.ZERO)
				.withBatchSize(this.properties.resubmitBatch())
				.withMaxInFlight(this.properties.resubmitBatch())
				.withFilter(publication -> publication.getEvent() instanceof PostingChanged
						&& isDue(publication, now)));
		}
		catch (RuntimeException ex) {
			log.warn("Resubmitting incomplete search index publications failed: {}", ex.toString());
		}
	}

	boolean isDue(EventPublication publication, Instant now) {
		if (publication.getStatus() == EventPublication.Status.FAILED) {
			Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
					: publication.getPublicationDate();
			Duration backoff = this.properties.backoffAfter(Math.max(1, publication.getCompletionAttempts()));
			return !now.isBefore(last.plus(backoff));
		}
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		return !now.isBefore(last.plus(ABANDONED_AFTER));
	}

}
