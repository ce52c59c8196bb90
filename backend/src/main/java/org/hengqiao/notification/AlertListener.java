package org.hengqiao.notification;

import org.hengqiao.posting.PostingChanged;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Checks subscriptions after every committed posting change (the event fires on edits too; {@link Alerts} acts
 * only on published postings, once per subscription and posting). Tracked by Modulith's event publication
 * registry like the search indexer: if the check fails (Elasticsearch away, or the posting still not indexed after
 * {@link Alerts#INDEX_WAIT}) the publication stays incomplete, and the scheduled resubmission of incomplete
 * publications (the system module's {@code OutboxResubmission}) hands it back with backoff.
 */
@Component
class AlertListener {

	private final Alerts alerts;

	AlertListener(Alerts alerts) {
		this.alerts = alerts;
	}

	@Async
	@TransactionalEventListener
	void on(PostingChanged event) throws InterruptedException {
		this.alerts.check(event.postingId());
	}

}
