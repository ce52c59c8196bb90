package org.hengqiao.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * account has no actor, and neither has one whose sign-in is locked: the lead's rule is that a locked account loses
 * access until the lock ends (which also means someone failing five sign-ins on a person's email signs that person
 * out for fifteen minutes; see {@link SignInAttempts}).
 */
@Component
class ActorLoader {

	private final JdbcClient jdbc;

	private final Affiliations affiliations;

	private final Clock clock;

	ActorLoader(JdbcClient jdbc, Affiliations affiliations, Clock clock) {
		this.jdbc = jdbc;
		this.affiliations = affiliations;
		this.clock = clock;
	}

	Optional<Actor> load(long accountId) {
		List<Row> rows = this.jdbc
			.sql("select a.id, a.display_name, a.organisation_id, a.membership_status, a.locked_until, r.role "
					+ "from account a left join account_role r on r.account_id = a.id where a.id = :id")
			.param("id", accountId)
			.query(ActorLoader::row)
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Row first = rows.getFirst();
		if (first.lockedUntil() != null && first.lockedUntil().toInstant().isAfter(this.clock.instant())) {
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
				rs.getString("membership_status"), rs.getObject("locked_until", OffsetDateTime.class),
				rs.getString("role"));
	}

	private record Row(long id, String displayName, @Nullable Long organisationId, @Nullable String membershipStatus,
			@Nullable OffsetDateTime lockedUntil, @Nullable String role) {

		Row {
			lockedUntil = lockedUntil != null ? lockedUntil.withOffsetSameInstant(ZoneOffset.UTC) : null;
		}

	}

}
