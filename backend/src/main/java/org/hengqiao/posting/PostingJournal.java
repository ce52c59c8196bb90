package org.hengqiao.posting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change of a posting twice, in the transaction that made it: as an entry in the audit log (who,
 * when, what) and as a {@link PostingChanged} event for the modules that follow postings (search, alerts).
 */
@Component
class PostingJournal {

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	PostingJournal(JdbcClient jdbc, EntityManager entityManager, ApplicationEventPublisher events, JsonMapper json) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.events = events;
		this.json = json;
	}

	void record(Posting posting, Editor editor, AuditAction action, @Nullable PostingStatus from,
			@Nullable String reason, List<FieldChange> changes, Instant at) {
		// Flushing first gives the posting its id and its new version, which the event carries.
		this.entityManager.flush();
		this.jdbc.sql("""
				insert into posting_audit (posting_id, posting_kind, actor_id, actor_name, action, from_status,
				    to_status, reason, changes, occurred_at)
				values (:posting, :kind, :actor, :actorName, :action, :from, :to, :reason, :changes, :at)""")
			.param("posting", posting.id())
			.param("kind", posting.kind().name())
			.param("actor", editor.accountId())
			.param("actorName", editor.name())
			.param("action", action.name())
			.param("from", from != null ? from.name() : null)
			.param("to", posting.status().name())
			.param("reason", reason)
			.param("changes", changes.isEmpty() ? null : this.json.writeValueAsString(changes))
			.param("at", Timestamp.from(at))
			.update();
		this.events.publishEvent(new PostingChanged(posting.id(), posting.kind(), posting.version()));
		if (action == AuditAction.APPROVED || action == AuditAction.REJECTED) {
			this.events.publishEvent(new PostingModerated(posting.id(), posting.kind(), posting.organisationId(),
					posting.title(), action == AuditAction.APPROVED, reason));
		}
	}

	/** The reason of the posting's latest closing, if it was ever closed. */
	java.util.Optional<String> lastClosingReason(long postingId) {
		return this.jdbc.sql("""
				select reason from posting_audit where posting_id = :posting and action = 'CLOSED'
				order by occurred_at desc, id desc limit 1""")
			.param("posting", postingId)
			.query(String.class)
			.optional();
	}

	/** The fields whose values differ between two snapshots, in the snapshot's order. */
	static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			Object from = before.get(field);
			Object to = after.get(field);
			if (!Objects.equals(from, to)) {
				changes.add(new FieldChange(field, from, to));
			}
		}
		return changes;
	}

	Page<AuditEntry> search(AuditQuery query, int page, int size) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new java.util.HashMap<>();
		if (query.posting() != null) {
			where.append(" and a.posting_id = :posting");
			params.put("posting", query.posting());
		}
		if (query.kind() != null) {
			where.append(" and a.posting_kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.actor() != null) {
			where.append(" and a.actor_id = :actor");
			params.put("actor", query.actor());
		}
		if (query.actorName() != null && !query.actorName().isBlank()) {
			where.append(" and lower(a.actor_name) like :actorName escape '\\'");
			params.put("actorName", "%" + PostingListing.likeLiteral(query.actorName().strip()) + "%");
		}
		if (query.action() != null) {
			where.append(" and a.action = :action");
			params.put("action", query.action().name());
		}
		if (query.from() != null) {
			where.append(" and a.occurred_at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay(PostingWorkflow.ZONE).toInstant()));
		}
		if (query.to() != null) {
			// Inclusive of the whole last day, in the platform's time zone.
			where.append(" and a.occurred_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(PostingWorkflow.ZONE).toInstant()));
		}
		String from = " from posting_audit a join posting p on p.id = a.posting_id";
		long total = this.jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		List<AuditEntry> entries = this.jdbc
			.sql("select a.*, p.title as posting_title" + from + where
					+ " order by a.occurred_at desc, a.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(this::entry)
			.list();
		return new PageImpl<>(entries, PageRequest.of(page, size), total);
	}

	private AuditEntry entry(ResultSet row, int number) throws SQLException {
		String changes = row.getString("changes");
		String from = row.getString("from_status");
		String to = row.getString("to_status");
		Long actor = row.getObject("actor_id", Long.class);
		return new AuditEntry(row.getLong("id"), row.getLong("posting_id"),
				PostingKind.valueOf(row.getString("posting_kind")), row.getString("posting_title"), actor,
				row.getString("actor_name"), AuditAction.valueOf(row.getString("action")),
				from != null ? PostingStatus.valueOf(from) : null, to != null ? PostingStatus.valueOf(to) : null,
				row.getString("reason"), changes != null ? this.json.readValue(changes, CHANGES) : List.of(),
				row.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant());
	}

	/** One field's value before and after an edit: a string or a list of strings. */
	record FieldChange(String field, @Nullable Object from, @Nullable Object to) {
	}

	/**
	 * @param actorName part of the actor's name, case-insensitive
	 * @param from first day, in the platform's time zone
	 * @param to last day, inclusive
	 */
	record AuditQuery(@Nullable Long posting, @Nullable PostingKind kind, @Nullable Long actor,
			@Nullable String actorName, @Nullable AuditAction action, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	/** @param postingTitle the posting's current title */
	record AuditEntry(long id, long postingId, PostingKind kind, String postingTitle, @Nullable Long actorId,
			String actorName,
			AuditAction action, @Nullable PostingStatus fromStatus, @Nullable PostingStatus toStatus,
			@Nullable String reason, List<FieldChange> changes, Instant occurredAt) {
	}

}
