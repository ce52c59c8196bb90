package org.hengqiao.result;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The staged imports and their rows, in the {@code import_job} and {@code import_row} tables. */
@Component
class ImportJobs {

	private static final TypeReference<List<RowError>> ERRORS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final JsonMapper json;

	ImportJobs(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.json = json;
	}

	void insert(Job job, List<StagedRow> rows) {
		this.jdbc.sql("""
				insert into import_job (id, organisation_id, created_by, created_by_name, file_name, file_format, status,
				    total_rows, valid_rows, created_at, updated_at)
				values (:id, :organisation, :createdBy, :createdByName, :fileName, :format, 'VALIDATED', :total, :valid,
				    :now, :now)""")
			.param("id", job.id())
			.param("organisation", job.organisationId())
			.param("createdBy", job.createdBy())
			.param("createdByName", job.createdByName())
			.param("fileName", job.fileName())
			.param("format", job.format())
			.param("total", job.totalRows())
			.param("valid", job.validRows())
			.param("now", Timestamp.from(job.createdAt()))
			.update();
		// JDBC batches: 10,000 rows take about a second.
		this.batches.batchUpdate(
				"insert into import_row (job_id, row_number, external_id, content, errors) values (?, ?, ?, ?, ?)", rows,
				500, (statement, row) -> {
					statement.setObject(1, job.id());
					statement.setInt(2, row.rowNumber());
					statement.setString(3, row.externalId());
					statement.setString(4, row.draft() != null ? this.json.writeValueAsString(row.draft()) : null);
					statement.setString(5, row.errors().isEmpty() ? null : this.json.writeValueAsString(row.errors()));
				});
	}

	Optional<Job> find(UUID id) {
		return this.jdbc.sql("select * from import_job where id = ?").param(id).query(this::job).optional();
	}

	List<RowError> errors(UUID id, int limit) {
		return this.jdbc
			.sql("select row_number, errors from import_row where job_id = ? and errors is not null order by row_number limit ?")
			.param(id)
			.param(limit)
			.query((row, n) -> this.json.readValue(row.getString("errors"), ERRORS))
			.list()
			.stream()
			.flatMap(List::stream)
			.toList();
	}

	/** Takes a validated job for committing; false when it was committed (or discarded) already. */
	boolean claim(UUID id, boolean submit, Instant now) {
		int claimed = this.jdbc.sql("""
				update import_job set status = 'RUNNING', submit_rows = :submit, updated_at = :now,
				    processed_rows = total_rows - valid_rows, failed_count = total_rows - valid_rows
				where id = :id and status = 'VALIDATED'""")
			.param("submit", submit)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
		return claimed == 1;
	}

	boolean discard(UUID id, Instant now) {
		return this.jdbc.sql("""
				update import_job set status = 'DISCARDED', updated_at = :now, completed_at = :now
				where id = :id and status = 'VALIDATED'""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Takes over a running job whose heartbeat is older than {@code staleBefore}: only one instance wins the
	 * compare-and-set on {@code updated_at}.
	 */
	boolean takeOver(Job job, Instant now) {
		return this.jdbc.sql("update import_job set updated_at = :now where id = :id and status = 'RUNNING' and updated_at = :seen")
			.param("now", Timestamp.from(now))
			.param("id", job.id())
			.param("seen", Timestamp.from(job.updatedAt()))
			.update() == 1;
	}

	List<Job> stalled(Instant staleBefore) {
		return this.jdbc.sql("select * from import_job where status = 'RUNNING' and updated_at < ?")
			.param(Timestamp.from(staleBefore))
			.query(this::job)
			.list();
	}

	/** The next valid rows not imported yet, in file order. */
	List<PendingRow> pending(UUID id, int limit) {
		return this.jdbc.sql("""
				select row_number, content from import_row
				where job_id = ? and content is not null and outcome is null
				order by row_number limit ?""")
			.param(id)
			.param(limit)
			.query((row, n) -> new PendingRow(row.getInt("row_number"),
					this.json.readValue(row.getString("content"), ResultDraft.class)))
			.list();
	}

	void recordOutcome(UUID id, int rowNumber, Outcome outcome, @Nullable Long postingId, @Nullable String message,
			Instant now) {
		this.jdbc.sql("update import_row set outcome = ?, posting_id = ?, message = ? where job_id = ? and row_number = ?")
			.params(outcome.name(), postingId, message, id, rowNumber)
			.update();
		String counter = switch (outcome) {
			case CREATED -> "created_count";
			case UPDATED -> "updated_count";
			case UNCHANGED -> "unchanged_count";
			case FAILED -> "failed_count";
		};
		this.jdbc.sql("update import_job set processed_rows = processed_rows + 1, " + counter + " = " + counter
				+ " + 1, updated_at = ? where id = ?")
			.params(Timestamp.from(now), id)
			.update();
	}

	/** The results the job's rows created or updated (or found unchanged), in file order. */
	List<Long> importedPostings(UUID id) {
		return this.jdbc.sql("""
				select posting_id from import_row
				where job_id = ? and posting_id is not null and outcome <> 'FAILED'
				order by row_number""")
			.param(id)
			.query(Long.class)
			.list();
	}

	void complete(UUID id, Instant now) {
		this.jdbc.sql("update import_job set status = 'COMPLETED', updated_at = ?, completed_at = ? where id = ? and status = 'RUNNING'")
			.params(Timestamp.from(now), Timestamp.from(now), id)
			.update();
	}

	private Job job(ResultSet row, int number) throws SQLException {
		return new Job(row.getObject("id", UUID.class), row.getLong("organisation_id"), row.getLong("created_by"),
				row.getString("created_by_name"), row.getString("file_name"), row.getString("file_format"),
				row.getString("status"), row.getBoolean("submit_rows"), row.getInt("total_rows"),
				row.getInt("valid_rows"), row.getInt("processed_rows"), row.getInt("created_count"),
				row.getInt("updated_count"), row.getInt("unchanged_count"), row.getInt("failed_count"),
				row.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
				row.getObject("updated_at", java.time.OffsetDateTime.class).toInstant());
	}

	enum Outcome {

		CREATED, UPDATED, UNCHANGED, FAILED

	}

	record Job(UUID id, long organisationId, long createdBy, String createdByName, @Nullable String fileName,
			String format, String status, boolean submit, int totalRows, int validRows, int processedRows, int created,
			int updated, int unchanged, int failed, Instant createdAt, Instant updatedAt) {

		static Job validated(UUID id, long organisationId, long createdBy, String createdByName,
				@Nullable String fileName, String format, int totalRows, int validRows, Instant now) {
			return new Job(id, organisationId, createdBy, createdByName, fileName, format, "VALIDATED", false,
					totalRows, validRows, 0, 0, 0, 0, 0, now, now);
		}

	}

	/** A problem of one row: its number, the column as the file named it, and the message. */
	record RowError(int row, String column, String message) {
	}

	record StagedRow(int rowNumber, @Nullable String externalId, @Nullable ResultDraft draft, List<RowError> errors) {
	}

	record PendingRow(int rowNumber, ResultDraft draft) {
	}

}
