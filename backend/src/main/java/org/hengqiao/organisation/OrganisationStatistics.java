package org.hengqiao.organisation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Figures about the organisations on the platform, for the portal's home page. */
@Component
public class OrganisationStatistics {

	private final JdbcClient jdbc;

	OrganisationStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Organisations an operator has verified: the ones the platform vouches for. */
	public long verifiedCount() {
		return this.jdbc.sql("select count(*) from organisation where verification_status = 'VERIFIED'")
			.query(Long.class)
			.single();
	}

}
