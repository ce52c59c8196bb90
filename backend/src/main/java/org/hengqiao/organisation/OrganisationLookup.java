package org.hengqiao.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hengqiao.account.Affiliation;
import org.hengqiao.account.Affiliations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads organisation summaries straight from their table: other modules need a few columns, never the entity. Also
 * tells the account module what it needs of a person's organisation.
 */
@Component
class OrganisationLookup implements OrganisationDirectory, Affiliations {

	private static final String SELECT = "select id, type, name_zh, name_en, region_code, verification_status from organisation";

	private final JdbcClient jdbc;

	OrganisationLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<OrganisationSummary> find(long id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(OrganisationLookup::summary).optional();
	}

	@Override
	public Map<Long, OrganisationSummary> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " where id in (:ids)")
			.param("ids", ids)
			.query(OrganisationLookup::summary)
			.list() // not .stream(): an unclosed stream keeps its pooled connection
			.stream()
			.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
	}

	@Override
	public Optional<Affiliation> of(long organisationId) {
		return find(organisationId).map(summary -> new Affiliation(summary.id(), summary.nameZh(), summary.nameEn(),
				summary.verified(), summary.type() == OrganisationType.SERVICE_AGENCY, summary.type().name()));
	}

	private static OrganisationSummary summary(ResultSet row, int rowNumber) throws SQLException {
		return new OrganisationSummary(row.getLong("id"), OrganisationType.valueOf(row.getString("type")),
				row.getString("name_zh"), row.getString("name_en"), row.getString("region_code"),
				"VERIFIED".equals(row.getString("verification_status")));
	}

}
