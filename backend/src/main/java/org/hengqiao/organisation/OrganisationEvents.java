package org.hengqiao.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hengqiao.account.JoinRequestDecided;
import org.hengqiao.account.RoleGranted;
import org.hengqiao.account.RoleRevoked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit trail ({@code organisation_event}): who asked for verification and who decided, who joined, who was
 * given or lost a role, and when. Role and membership changes arrive as the account module's events, handled
 * synchronously so the entry is written in the same transaction as the change it records: both commit or neither.
 */
@Component
class OrganisationEvents {

	private final JdbcClient jdbc;

	private final Clock clock;

	OrganisationEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(@Nullable Long organisationId, @Nullable Long accountId, @Nullable Long actorId, Kind kind,
			@Nullable String detail) {
		this.jdbc
			.sql("insert into organisation_event (organisation_id, account_id, actor_id, kind, detail, occurred_at) "
					+ "values (:organisation, :account, :actor, :kind, :detail, :at)")
			.param("organisation", organisationId)
			.param("account", accountId)
			.param("actor", actorId)
			.param("kind", kind.name())
			.param("detail", detail)
			.param("at", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	@EventListener
	void on(RoleGranted granted) {
		record(granted.organisationId(), granted.accountId(), granted.grantedBy(), Kind.ROLE_GRANTED,
				granted.role().name());
	}

	@EventListener
	void on(RoleRevoked revoked) {
		record(revoked.organisationId(), revoked.accountId(), revoked.revokedBy(), Kind.ROLE_REVOKED,
				revoked.role().name());
	}

	@EventListener
	void on(JoinRequestDecided decided) {
		record(decided.organisationId(), decided.accountId(), decided.decidedBy(),
				decided.approved() ? Kind.JOIN_APPROVED : Kind.JOIN_DECLINED, null);
	}

	List<HistoryEntry> of(long organisationId) {
		return this.jdbc
			.sql("select kind, account_id, actor_id, detail, occurred_at from organisation_event "
					+ "where organisation_id = :organisation order by occurred_at, id")
			.param("organisation", organisationId)
			.query((row, number) -> new HistoryEntry(Kind.valueOf(row.getString("kind")),
					row.getObject("account_id", Long.class), row.getObject("actor_id", Long.class),
					row.getString("detail"), row.getObject("occurred_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Who last asked for each organisation's verification, keyed by organisation id. */
	Map<Long, Long> lastRequesters(Collection<Long> organisationIds) {
		if (organisationIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> requesters = new HashMap<>();
		this.jdbc
			.sql("select organisation_id, actor_id from organisation_event where kind = 'VERIFICATION_REQUESTED' "
					+ "and actor_id is not null and organisation_id in (:organisations) order by occurred_at, id")
			.param("organisations", organisationIds)
			.query((row, number) -> requesters.put(row.getLong("organisation_id"), row.getLong("actor_id")))
			.list();
		return requesters;
	}

	/** Operators' verification decisions, newest first; one more than {@code size} tells that more follow. */
	List<DecisionEntry> decisions(int page, int size) {
		return this.jdbc
			.sql("select e.organisation_id, o.name_zh, o.name_en, e.kind, e.detail, e.actor_id, e.occurred_at "
					+ "from organisation_event e join organisation o on o.id = e.organisation_id "
					+ "where e.kind in ('VERIFIED', 'REJECTED') order by e.occurred_at desc, e.id desc "
					+ "limit :limit offset :offset")
			.param("limit", size + 1)
			.param("offset", (long) page * size)
			.query((row, number) -> new DecisionEntry(row.getLong("organisation_id"), row.getString("name_zh"),
					row.getString("name_en"), Kind.valueOf(row.getString("kind")), row.getString("detail"),
					row.getObject("actor_id", Long.class),
					row.getObject("occurred_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	record DecisionEntry(long organisationId, String nameZh, @Nullable String nameEn, Kind kind,
			@Nullable String reason, @Nullable Long actorId, Instant occurredAt) {
	}

	enum Kind {

		REGISTERED, LICENCE_UPLOADED, VERIFICATION_REQUESTED, VERIFIED, REJECTED, JOIN_APPROVED, JOIN_DECLINED,
		ROLE_GRANTED, ROLE_REVOKED

	}

	/**
	 * One entry of an organisation's history.
	 *
	 * @param accountId the person concerned (the member who joined, the one given a role)
	 * @param actorId who did it; {@code null} for the platform itself
	 * @param detail the role, or the reason for a rejection
	 */
	record HistoryEntry(Kind kind, @Nullable Long accountId, @Nullable Long actorId, @Nullable String detail,
			Instant occurredAt) {
	}

}
