package org.hengqiao.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the search index ({@code hengqiao.search.*}).
 *
 * @param indexPrefix prefix of aliases and indices, e.g. {@code hengqiao} → {@code hengqiao-needs}
 * @param replicas replicas per index (0 on a single node, 1 or more on a production cluster)
 * @param batchSize most postings indexed in one bulk request
 * @param batchLinger how long the indexer waits for more changes before it sends a batch
 * @param resubmitEvery how often incomplete event publications are looked at
 * @param retryBackoff wait before the first retry of a failed publication; doubles with each attempt
 * @param maxRetryBackoff the longest wait between two retries
 * @param resubmitBatch most publications resubmitted in one round
 * @param rebuildOnMappingChange whether start-up rebuilds an index whose mapping version is older than the code's
 */
@ConfigurationProperties("hengqiao.search")
record SearchProperties(@DefaultValue("hengqiao") String indexPrefix, @DefaultValue("0") int replicas,
		@DefaultValue("200") int batchSize, @DefaultValue("30ms") Duration batchLinger,
		@DefaultValue("5s") Duration resubmitEvery, @DefaultValue("2s") Duration retryBackoff,
		@DefaultValue("5m") Duration maxRetryBackoff, @DefaultValue("500") int resubmitBatch,
		@DefaultValue("true") boolean rebuildOnMappingChange) {

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
