package org.hengqiao.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed event publications (the outbox of every module's after-commit listeners) are retried
 * ({@code hengqiao.outbox.*}).
 *
 * @param resubmitEvery how often incomplete event publications are looked at
 * @param retryBackoff wait before the first retry of a failed publication; doubles with each attempt
 * @param maxRetryBackoff the longest wait between two retries
 * @param resubmitBatch most publications resubmitted in one round
 */
@ConfigurationProperties("hengqiao.outbox")
record OutboxProperties(@DefaultValue("5s") Duration resubmitEvery, @DefaultValue("2s") Duration retryBackoff,
		@DefaultValue("5m") Duration maxRetryBackoff, @DefaultValue("500") int resubmitBatch) {

	/** Backoff after {@code attempts} failed attempts: retryBackoff × 2^(attempts−1), at most maxRetryBackoff. */
	Duration backoffAfter(int attempts) {
		if (attempts <= 0) {
			return Duration.ZERO;
		}
		int shift = Math.min(attempts - 1, 20);
		Duration backoff = this.retryBackoff.multipliedBy(1L << shift);
		return backoff.compareTo(this.maxRetryBackoff) > 0 ? this.maxRetryBackoff : backoff;
	}

}
