package org.hengqiao.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the few columns other modules may show of a person, straight from the table. */
@Component
class AccountLookup implements AccountDirectory {

	private static final String SELECT = "select id, display_name, case when membership_status = 'ACTIVE' "
			+ "then organisation_id end as organisation_id from account";

	private final JdbcClient jdbc;

	AccountLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Person> find(long accountId) {
		return this.jdbc.sql(SELECT + " where id = ?").param(accountId).query(AccountLookup::person).optional();
	}

	@Override
	public Map<Long, Person> findAll(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + " where id in (:ids)")
			.param("ids", accountIds)
			.query(AccountLookup::person)
			.list() // not .stream(): an unclosed stream keeps its pooled connection
			.stream()
			.collect(Collectors.toMap(Person::accountId, Function.identity()));
	}

	@Override
	public Optional<String> emailOf(long accountId) {
		return this.jdbc.sql("select email from account where id = ?").param(accountId).query(String.class).optional();
	}

	@Override
	public Optional<Long> idByEmail(String email) {
		return this.jdbc.sql("select id from account where email = ?")
			.param(AccountManagement.normalise(email))
			.query(Long.class)
			.optional();
	}

	@Override
	public List<Long> activeMembersOf(long organisationId) {
		return this.jdbc
			.sql("select id from account where organisation_id = ? and membership_status = 'ACTIVE' order by id")
			.param(organisationId)
			.query(Long.class)
			.list();
	}

	@Override
	public List<Long> activeAdminsOf(long organisationId) {
		return this.jdbc
			.sql("select id from account where organisation_id = ? and membership_status = 'ACTIVE' and exists "
					+ "(select 1 from account_role r where r.account_id = account.id and r.role = 'ORG_ADMIN') order by id")
			.param(organisationId)
			.query(Long.class)
			.list();
	}

	@Override
	public List<Person> brokers(@Nullable Long organisationId) {
		return this.jdbc.sql(SELECT + " where membership_status = 'ACTIVE' and (:organisation is null or "
				+ "organisation_id = :organisation) and exists (select 1 from account_role r where r.account_id = "
				+ "account.id and r.role = 'BROKER') order by display_name, id")
			.param("organisation", organisationId, Types.BIGINT)
			.query(AccountLookup::person)
			.list();
	}

	private static Person person(ResultSet row, int rowNumber) throws SQLException {
		long organisation = row.getLong("organisation_id");
		return new Person(row.getLong("id"), row.getString("display_name"), row.wasNull() ? null : organisation);
	}

}
