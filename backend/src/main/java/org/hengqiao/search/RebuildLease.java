package org.hengqiao.search;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cluster-wide right to rebuild the index: a database row names its holder until a deadline, so two application
 * instances never rebuild at once (each would swap the aliases to its own new indices). Deadlines use the
 * database's clock, the one clock all instances share.
 */
@Component
class RebuildLease {

	/** How long the lease lasts without being extended; the rebuild extends it after every page. */
	static final int TERM_MINUTES = 5;

	private final JdbcClient jdbc;

	private final String holder = "instance-" + UUID.randomUUID();

	RebuildLease(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes (or keeps) the lease unless another instance holds one that has not run out. */
	boolean acquire() {
		return this.jdbc
			.sql("update search_rebuild_lease set holder = :holder, expires_at = current_timestamp + interval '"
					+ TERM_MINUTES + "' minute where id = 1 and (holder is null or holder = :holder or expires_at < current_timestamp)")
			.param("holder", this.holder)
			.update() == 1;
	}

	/** Pushes the deadline back; false when the lease was lost (it ran out and another instance took it). */
	boolean extend() {
		return this.jdbc
			.sql("update search_rebuild_lease set expires_at = current_timestamp + interval '" + TERM_MINUTES
					+ "' minute where id = 1 and holder = :holder")
			.param("holder", this.holder)
			.update() == 1;
	}

	void release() {
		this.jdbc.sql("update search_rebuild_lease set holder = null, expires_at = null where id = 1 and holder = :holder")
			.param("holder", this.holder)
			.update();
	}

}
