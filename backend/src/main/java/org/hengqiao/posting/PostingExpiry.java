package org.hengqiao.posting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires needs whose deadline has passed: submitted or published needs whose deadline lies before today (in
 * Hengyang). Several instances may run the job at once: each batch selects its rows {@code for update}, so a second
 * instance waits and then finds them no longer due, and the entity refuses to expire a need twice. Running it again
 * changes nothing, so it may run as often as wanted.
 */
@Component
class PostingExpiry {

	private static final Logger log = LoggerFactory.getLogger(PostingExpiry.class);

	private static final int BATCH = 200;

	/** How many days before a need's deadline its organisation is warned. */
	static final int WARNING_DAYS = 7;

	private final JdbcClient jdbc;

	private final Postings postings;

	private final PostingJournal journal;

	private final PostingWorkflow workflow;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	PostingExpiry(JdbcClient jdbc, Postings postings, PostingJournal journal, PostingWorkflow workflow,
			TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.postings = postings;
		this.journal = journal;
		this.workflow = workflow;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${hengqiao.postings.expiry-cron:0 5 * * * *}", zone = "Asia/Shanghai")
	void run() {
		int expired = expireOverdueNeeds();
		if (expired > 0) {
			log.info("Expired {} needs past their deadline", expired);
		}
		int warned = warnNeedsExpiringSoon();
		if (warned > 0) {
			log.info("Warned the owners of {} needs whose deadline is near", warned);
		}
	}

	/**
	 * Warns once per need and deadline when a published need's deadline is at most {@link #WARNING_DAYS} days away.
	 * The warning row's primary key decides who warns: a second instance's insert does nothing, and publishes
	 * nothing.
	 *
	 * @return how many needs this call warned about
	 */
	int warnNeedsExpiringSoon() {
		LocalDate today = this.workflow.today();
		Integer warned = this.transactions.execute(status -> {
			List<Posting> due = this.postings.findAllById(this.jdbc.sql("""
					select p.id from posting p
					where p.kind = 'NEED' and p.status = 'PUBLISHED' and p.deadline between :today and :last
					and not exists (select 1 from posting_expiry_warning w
					                where w.posting_id = p.id and w.deadline = p.deadline)
					order by p.id""")
				.param("today", Date.valueOf(today))
				.param("last", Date.valueOf(today.plusDays(WARNING_DAYS)))
				.query(Long.class)
				.list());
			int count = 0;
			for (Posting posting : due) {
				LocalDate deadline = java.util.Objects.requireNonNull(posting.deadline());
				int inserted = this.jdbc.sql("""
						insert into posting_expiry_warning (posting_id, deadline, warned_at) values (?, ?, ?)
						on conflict do nothing""")
					.params(posting.id(), Date.valueOf(deadline), Timestamp.from(this.workflow.now()))
					.update();
				if (inserted == 1) {
					this.events.publishEvent(new PostingExpiringSoon(posting.id(), posting.kind(),
							posting.organisationId(), posting.title(), deadline));
					count++;
				}
			}
			return count;
		});
		return warned == null ? 0 : warned;
	}

	/** @return how many needs this call expired */
	int expireOverdueNeeds() {
		LocalDate today = this.workflow.today();
		int total = 0;
		while (true) {
			Integer expired = this.transactions.execute(status -> expireBatch(today));
			if (expired == null || expired == 0) {
				return total;
			}
			total += expired;
		}
	}

	private int expireBatch(LocalDate today) {
		List<Long> due = this.jdbc.sql("""
				select id from posting
				where kind = 'NEED' and status in ('SUBMITTED', 'PUBLISHED') and deadline < :today
				order by id
				fetch first :batch rows only
				for update""").param("today", Date.valueOf(today)).param("batch", BATCH).query(Long.class).list();
		Instant now = this.workflow.now();
		for (Posting posting : this.postings.findAllById(due)) {
			PostingStatus from = posting.status();
			posting.expire(now);
			this.journal.record(posting, Editor.PLATFORM, AuditAction.EXPIRED, from, "deadline " + posting.deadline(),
					List.of(), now);
		}
		return due.size();
	}

}
