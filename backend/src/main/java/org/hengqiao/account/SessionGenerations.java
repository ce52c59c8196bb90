package org.hengqiao.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on every instance at once. Sessions live in each instance's memory, where no other
 * instance can reach them; instead each session remembers the account's generation when it signed in, every request
 * compares it with the database ({@link ActorLoader#loadForSession}), and raising the generation ends every session
 * signed in before.
 */
@Component
class SessionGenerations {

	private final JdbcClient jdbc;

	SessionGenerations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long current(long accountId) {
		return this.jdbc.sql("select session_generation from account where id = :id")
			.param("id", accountId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** Ends every session of the account (in the caller's transaction: only if the change that warrants it commits). */
	void endAll(long accountId) {
		this.jdbc.sql("update account set session_generation = session_generation + 1 where id = :id")
			.param("id", accountId)
			.update();
	}

}
