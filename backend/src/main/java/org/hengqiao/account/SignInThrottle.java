package org.hengqiao.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing per bucket (see {@link SignInBucket}), never per account as a whole: after
 * {@code failures} failed attempts within {@code window} the bucket must wait {@code firstDelay}, then twice as long
 * after each further round, up to {@code maxDelay} ({@link SignInProperties}). Waiting is the client's job: a
 * refused attempt is answered at once with how long to wait, no server thread sleeps.
 * <p>
 * Each attempt first <em>reserves</em> itself, counted as a failure, under the bucket row's lock; only a correct
 * password then clears the bucket. So however many attempts arrive at once, no more than {@code failures}
 * passwords are checked per bucket before it waits: the reservation that reaches the count also starts the wait.
 * The rows live in the database, so every instance counts the same attempts.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final SignInProperties properties;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts an attempt of the bucket before its password is checked.
	 * @return empty if the attempt may go on, else how long the bucket must still wait
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Duration> reserve(SignInBucket bucket) {
		Instant now = this.clock.instant();
		State state = lock(bucket.id(), now);
		if (state.blockedUntil() != null && state.blockedUntil().isAfter(now)) {
			return Optional.of(Duration.between(now, state.blockedUntil()));
		}
		boolean newWindow = !state.windowStart().plus(this.properties.window()).isAfter(now);
		boolean forgotten = !state.windowStart().plus(this.properties.forgetAfter()).isAfter(now);
		int delays = forgotten ? 0 : state.delays();
		int failures = newWindow ? 1 : state.failures() + 1;
		Instant windowStart = newWindow ? now : state.windowStart();
		Instant blockedUntil = null;
		if (failures >= this.properties.failures()) {
			blockedUntil = now.plus(this.properties.delayAfter(delays));
			delays++;
			failures = 0;
			windowStart = now;
		}
		this.jdbc
			.sql("update sign_in_throttle set failures = :failures, window_start = :windowStart, delays = :delays, "
					+ "blocked_until = :blockedUntil where bucket = :bucket")
			.param("failures", failures)
			.param("windowStart", utc(windowStart))
			.param("delays", delays)
			.param("blockedUntil", blockedUntil != null ? utc(blockedUntil) : null)
			.param("bucket", bucket.id())
			.update();
		return Optional.empty();
	}

	/** The password was right: the reservation was not a failure after all, and the bucket starts afresh. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void succeeded(SignInBucket bucket) {
		forget(bucket);
	}

	/** Clears a bucket: after a password reset, guesses at the old password mean nothing any more. */
	void forget(SignInBucket bucket) {
		this.jdbc.sql("delete from sign_in_throttle where bucket = :bucket").param("bucket", bucket.id()).update();
	}

	/** Rows whose wait is over and whose failures would no longer count: one per guessed e-mail, so they add up. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	void removeForgotten() {
		Instant cutoff = this.clock.instant().minus(this.properties.forgetAfter());
		this.jdbc
			.sql("delete from sign_in_throttle where window_start < :cutoff "
					+ "and (blocked_until is null or blocked_until < :cutoff)")
			.param("cutoff", utc(cutoff))
			.update();
	}

	/** The bucket's row, locked until the transaction ends; created first if the bucket is new. */
	private State lock(String bucket, Instant now) {
		this.jdbc
			.sql("insert into sign_in_throttle (bucket, failures, window_start, delays) "
					+ "values (:bucket, 0, :now, 0) on conflict do nothing")
			.param("bucket", bucket)
			.param("now", utc(now))
			.update();
		return this.jdbc
			.sql("select failures, window_start, delays, blocked_until from sign_in_throttle "
					+ "where bucket = :bucket for update")
			.param("bucket", bucket)
			.query(SignInThrottle::state)
			.single();
	}

	private static State state(ResultSet rs, int row) throws SQLException {
		OffsetDateTime blockedUntil = rs.getObject("blocked_until", OffsetDateTime.class);
		return new State(rs.getInt("failures"), rs.getObject("window_start", OffsetDateTime.class).toInstant(),
				rs.getInt("delays"), blockedUntil != null ? blockedUntil.toInstant() : null);
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record State(int failures, Instant windowStart, int delays, @Nullable Instant blockedUntil) {
	}

}
