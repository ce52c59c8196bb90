package org.hengqiao.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing: after {@value #MAX_FAILURES} consecutive failed sign-ins an account is locked for
 * {@link #LOCK_DURATION}. Each attempt first <em>reserves</em> itself with one atomic update that counts it as a
 * failure and refuses it if the account is locked; only a correct password then resets the count. So however many
 * attempts arrive at once, no more than {@value #MAX_FAILURES} passwords are ever checked per lock period: the
 * update that makes the count reach the limit also sets the lock, and the database serialises the updates of one
 * row. When a lock has expired the next attempt starts a fresh count.
 */
@Component
class SignInAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	/** Whether the row's lock has run out (or there is none): the condition for counting from one again. */
	private static final String EXPIRED = "(locked_until is not null and locked_until <= :now)";

	private static final String NEXT_COUNT = "(case when " + EXPIRED + " then 1 else failed_logins + 1 end)";

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInAttempts(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts an attempt on the account before its password is checked.
	 * @return empty if the attempt may go on, or when the account's lock ends
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Instant> reserve(long accountId) {
		OffsetDateTime now = now();
		int updated = this.jdbc
			.sql("update account set failed_logins = " + NEXT_COUNT + ", locked_until = case when " + NEXT_COUNT
					+ " >= :max then :until else null end "
					+ "where id = :id and (locked_until is null or locked_until <= :now)")
			.param("now", now)
			.param("max", MAX_FAILURES)
			.param("until", now.plus(LOCK_DURATION))
			.param("id", accountId)
			.update();
		if (updated == 1) {
			return Optional.empty();
		}
		return Optional.of(lockedUntil(accountId).orElse(now.toInstant()));
	}

	/** The password was right: the attempt was not a failure after all, and no lock applies. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(long accountId) {
		this.jdbc.sql("update account set failed_logins = 0, locked_until = null where id = :id")
			.param("id", accountId)
			.update();
	}

	/** When the account's current lock ends, if it is locked now. */
	Optional<Instant> lockedUntil(long accountId) {
		return this.jdbc.sql("select locked_until from account where id = :id and locked_until > :now")
			.param("id", accountId)
			.param("now", now())
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

}
