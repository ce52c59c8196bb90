package org.hengqiao.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Actor} of an account from the database: on sign-in and again on every request, so that a role
 * granted or revoked, an approved join request or an organisation's verification takes effect at once. A deleted
 * account has no actor. Failed sign-ins by anyone never take an actor away (see {@link SignInThrottle}); a changed or
 * reset password does, for sessions signed in before it ({@link SessionGenerations}).
 */
@Component
class ActorLoader {

	private final JdbcClient jdbc;

	private final Affiliations affiliations;

	ActorLoader(JdbcClient jdbc, Affiliations affiliations) {
		this.jdbc = jdbc;
		this.affiliations = affiliations;
	}

	Optional<Actor> load(long accountId) {
		return load(accountId, null);
	}

	/**
	 * The actor of a session signed in at the given session generation; empty once the password has changed or
	 * been reset since (the account's generation moved on).
	 */
	Optional<Actor> loadForSession(long accountId, long sessionGeneration) {
		return load(accountId, sessionGeneration);
	}

	private Optional<Actor> load(long accountId, @Nullable Long sessionGeneration) {
		List<Row> rows = this.jdbc
			.sql("select a.id, a.display_name, a.organisation_id, a.membership_status, a.session_generation, r.role "
					+ "from account a left join account_role r on r.account_id = a.id where a.id = :id")
			.param("id", accountId)
			.query(ActorLoader::row)
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Row first = rows.getFirst();
		if (sessionGeneration != null && first.sessionGeneration() != sessionGeneration) {
			return Optional.empty();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		rows.stream().map(Row::role).filter(role -> role != null).forEach(role -> roles.add(Role.valueOf(role)));
		Long organisationId = MembershipStatus.ACTIVE.name().equals(first.membershipStatus())
				? first.organisationId() : null;
		boolean verified = organisationId != null
				&& this.affiliations.of(organisationId).map(Affiliation::verified).orElse(false);
		return Optional.of(new Actor(first.id(), first.displayName(), organisationId, verified, roles));
	}

	private static Row row(ResultSet rs, int rowNumber) throws SQLException {
		long organisation = rs.getLong("organisation_id");
		return new Row(rs.getLong("id"), rs.getString("display_name"), rs.wasNull() ? null : organisation,
				rs.getString("membership_status"), rs.getLong("session_generation"), rs.getString("role"));
	}

	private record Row(long id, String displayName, @Nullable Long organisationId, @Nullable String membershipStatus,
			long sessionGeneration, @Nullable String role) {

	}

}
