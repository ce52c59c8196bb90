package org.hengqiao.brokerage;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
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
 * Flags follow-ups whose due day has passed undone, once each, publishing {@link FollowUpOverdue} in the same
 * transaction. Rows are selected {@code for update} and flagged in that transaction, so a second instance running
 * the job at the same time waits and then finds them flagged; running it again changes nothing.
 */
@Component
class OverdueFollowUps {

	private static final Logger log = LoggerFactory.getLogger(OverdueFollowUps.class);

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OverdueFollowUps(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${hengqiao.brokerage.overdue-cron:0 * * * * *}", zone = "Asia/Shanghai")
	void run() {
		int flagged = flagOverdue();
		if (flagged > 0) {
			log.info("Flagged {} overdue follow-ups", flagged);
		}
	}

	/** @return how many follow-ups this call flagged */
	int flagOverdue() {
		LocalDate today = LocalDate.now(this.clock.withZone(FollowUpManagement.HENGYANG));
		int total = 0;
		while (true) {
			Integer flagged = this.transactions.execute(status -> flagBatch(today));
			if (flagged == null || flagged == 0) {
				return total;
			}
			total += flagged;
		}
	}

	private record Due(long id, long brokerAccountId, long agencyOrganisationId) {
	}

	private int flagBatch(LocalDate today) {
		List<Due> due = this.jdbc.sql("""
				select id, broker_account_id, agency_organisation_id from follow_up
				where due_on < :today and done_at is null and overdue_flagged_at is null
				order by id
				fetch first :batch rows only
				for update""")
			.param("today", Date.valueOf(today))
			.param("batch", BATCH)
			.query((row, n) -> new Due(row.getLong("id"), row.getLong("broker_account_id"),
					row.getLong("agency_organisation_id")))
			.list();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (Due followUp : due) {
			this.jdbc.sql("update follow_up set overdue_flagged_at = :now, version = version + 1 where id = :id")
				.param("now", now)
				.param("id", followUp.id())
				.update();
			this.events.publishEvent(
					new FollowUpOverdue(followUp.brokerAccountId(), followUp.agencyOrganisationId(), followUp.id()));
		}
		return due.size();
	}

}
