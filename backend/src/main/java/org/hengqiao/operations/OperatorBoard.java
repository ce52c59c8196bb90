package org.hengqiao.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.hengqiao.account.Actors;
import org.hengqiao.system.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts what waits for an operator. The statuses are the owning modules' stored codes (see their migrations);
 * failures count over a recent window because nothing marks them as dealt with.
 */
@Service
class OperatorBoard {

	/** How far back failed e-mails and imports count as something to look at. */
	static final Duration RECENT = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final Actors actors;

	private final Clock clock;

	OperatorBoard(JdbcClient jdbc, Actors actors, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	OperatorBoardView read() {
		if (!this.actors.required().isOperator()) {
			throw new OperatorsOnly();
		}
		Timestamp since = Timestamp.from(Instant.now(this.clock).minus(RECENT));
		return new OperatorBoardView(
				count("select count(*) from organisation where verification_status = 'PENDING'"),
				count("select count(*) from posting where status = 'SUBMITTED'"),
				count("select count(*) from deal where stage = 'DISPUTED'"),
				count("select count(*) from follow_up where done_at is null and overdue_flagged_at is not null"),
				this.jdbc.sql("select count(*) from outgoing_mail where status = 'FAILED' and created_at >= :since")
					.param("since", since)
					.query(Long.class)
					.single(),
				this.jdbc
					.sql("select count(*) from import_job where failed_count > 0 and completed_at >= :since")
					.param("since", since)
					.query(Long.class)
					.single());
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	static class OperatorsOnly extends DomainException {

		OperatorsOnly() {
			super(Kind.FORBIDDEN, "forbidden");
		}

	}

}
