package org.hengqiao.system;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Per-client token buckets (Bucket4j). On PostgreSQL the buckets live in the {@code client_limit_bucket} table,
 * each request locking its row ({@code select … for update}), so every instance behind the load balancer spends
 * from the same buckets. On H2 (the zero-setup single instance) they live in this instance's memory: Bucket4j's
 * PostgreSQL proxy manager creates rows with {@code insert … on conflict (id) do nothing}, which H2 does not parse
 * even in PostgreSQL mode, and a single instance needs nothing shared.
 */
@Component
class ClientLimits {

	private static final Logger log = LoggerFactory.getLogger(ClientLimits.class);

	/** Buckets kept in memory on H2 at most; the least recently used go first (a full bucket is all they hold). */
	private static final int LOCAL_BUCKETS = 10_000;

	private final ClientLimitProperties limits;

	private final @Nullable PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

	private final Map<String, Bucket> local = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > LOCAL_BUCKETS;
		}

	});

	ClientLimits(DataSource dataSource, ClientLimitProperties limits) {
		this.limits = limits;
		if (isPostgreSql(dataSource)) {
			this.shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("client_limit_bucket")
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.expirationAfterWrite(ExpirationAfterWriteStrategy
					.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
				.build();
		}
		else {
			this.shared = null;
			log.info("Per-client limits are kept in this instance's memory (the database is not PostgreSQL)");
		}
	}

	/**
	 * Spends one request of the client's bucket for the action.
	 * @return empty if the request may go on, else how long until the bucket allows one
	 */
	Optional<Duration> take(LimitedAction action, String client) {
		Bandwidth bandwidth = bandwidth(this.limits.of(action));
		String key = action.key(client);
		Bucket bucket = (this.shared != null)
				? this.shared.builder().build(key, () -> BucketConfiguration.builder().addLimit(bandwidth).build())
				: this.local.computeIfAbsent(key, created -> Bucket.builder().addLimit(bandwidth).build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	private static Bandwidth bandwidth(ClientLimitProperties.Limit limit) {
		return Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()).build();
	}

	/** Buckets full again for a while are rows no one needs: Bucket4j marks when, this removes them. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	void removeExpired() {
		if (this.shared != null) {
			int removed;
			do {
				removed = this.shared.removeExpired(1000);
			}
			while (removed == 1000);
		}
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(product);
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("Cannot tell which database holds the per-client limits", ex);
		}
	}

}
