package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Every migration also runs on H2 in PostgreSQL mode, the database of the zero-setup run command ({@code bin/run}):
 * the integration tests run PostgreSQL only, so without this a statement H2 does not accept (several
 * {@code add column} clauses in one {@code alter table}, say) would first fail at a user's start-up.
 */
class MigrationsOnH2Tests {

	/** The options of {@code spring.datasource.url}'s H2 default in application.yml. */
	private static final String H2_URL = "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
			+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Test
	void everyMigrationRunsOnH2InPostgreSqlMode() {
		MigrateResult result = Flyway.configure()
			.dataSource(H2_URL, "sa", "")
			.locations("classpath:db/migration")
			.load()
			.migrate();

		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isGreaterThan(15);
	}

}
