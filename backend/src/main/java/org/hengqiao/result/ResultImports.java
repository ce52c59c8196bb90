package org.hengqiao.result;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.posting.OrganisationNotVerified;
import org.hengqiao.posting.PostingWorkflow;
import org.hengqiao.result.ImportJobs.Job;
import org.hengqiao.result.ImportJobs.RowError;
import org.hengqiao.result.ImportJobs.StagedRow;
import org.hengqiao.result.ImportRowMapper.MappedRow;
import org.hengqiao.system.DomainException;
import org.hengqiao.system.InvalidInput;
import org.hengqiao.system.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of results by a technology-transfer office: an upload is validated and staged without touching
 * postings; a commit imports the valid rows (or nothing), upserting by external id. Large commits run in the
 * background; their progress is read from the job.
 */
@Service
class ResultImports {

	/** Validation answers list at most this many row errors; the count of invalid rows is always exact. */
	static final int MAX_ERRORS_SHOWN = 1_000;

	private final ImportRowMapper mapper;

	private final ImportJobs jobs;

	private final ImportProcessor processor;

	private final PostingWorkflow workflow;

	private final Actors actors;

	private final Problems problems;

	private final AsyncTaskExecutor executor;

	private final ImportProperties properties;

	ResultImports(ImportRowMapper mapper, ImportJobs jobs, ImportProcessor processor, PostingWorkflow workflow,
			Actors actors, Problems problems, @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor,
			ImportProperties properties) {
		this.mapper = mapper;
		this.jobs = jobs;
		this.processor = processor;
		this.workflow = workflow;
		this.actors = actors;
		this.problems = problems;
		this.executor = executor;
		this.properties = properties;
	}

	/** Reads and validates every row of the file, staging it for a commit. Writes no postings. */
	@Transactional
	ImportValidation validate(InputStream file, long size, @Nullable String fileName) {
		Actor uploader = this.workflow.author();
		if (size > ImportFileReader.MAX_BYTES) {
			throw InvalidInput.of("file", "import.file.tooLarge", ImportFileReader.MAX_BYTES / 1024 / 1024);
		}
		ImportSheet sheet = ImportFileReader.read(readAll(file));
		Set<String> externalIds = new HashSet<>();
		List<StagedRow> staged = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		int valid = 0;
		for (ImportSheet.Line line : sheet.lines()) {
			MappedRow row = this.mapper.map(line);
			List<RowError> rowErrors = new ArrayList<>();
			row.errors().forEach((column, message) -> rowErrors.add(new RowError(line.rowNumber(), header(sheet, column),
					message)));
			String externalId = line.cell(ImportColumn.EXTERNAL_ID);
			if (!externalId.isEmpty() && !externalIds.add(externalId)) {
				rowErrors.add(new RowError(line.rowNumber(), header(sheet, ImportColumn.EXTERNAL_ID),
						this.problems.message("import.row.duplicateExternalId", externalId)));
			}
			boolean isValid = rowErrors.isEmpty() && row.draft() != null;
			if (isValid) {
				valid++;
			}
			errors.addAll(rowErrors);
			staged.add(new StagedRow(line.rowNumber(), externalId.isEmpty() ? null : externalId,
					isValid ? row.draft() : null, rowErrors));
		}
		Instant now = this.workflow.now();
		Job job = Job.validated(UUID.randomUUID(), Objects.requireNonNull(uploader.organisationId()),
				uploader.accountId(), uploader.displayName(), fileName, sheet.format().name(), staged.size(), valid,
				now);
		this.jobs.insert(job, staged);
		return new ImportValidation(job.id(), staged.size(), valid, errors.size(),
				errors.subList(0, Math.min(errors.size(), MAX_ERRORS_SHOWN)));
	}

	/** Imports the valid rows, or discards the job; small jobs finish before this returns. */
	ImportProgress commit(UUID id, CommitMode mode, boolean submit) {
		Job job = ownJob(id);
		Instant now = this.workflow.now();
		if (mode == CommitMode.NOTHING) {
			if (!this.jobs.discard(id, now)) {
				throw new ImportAlreadyCommitted(id);
			}
			return progress(id);
		}
		if (submit && !this.workflow.isVerified(job.organisationId())) {
			throw new OrganisationNotVerified();
		}
		if (!this.jobs.claim(id, submit, now)) {
			throw new ImportAlreadyCommitted(id);
		}
		Job claimed = this.jobs.find(id).orElseThrow();
		if (claimed.validRows() > this.properties.backgroundAboveRows()) {
			this.executor.execute(() -> this.processor.process(claimed));
		}
		else {
			this.processor.process(claimed);
		}
		return progress(id);
	}

	ImportProgress progress(UUID id) {
		Job job = ownJob(id);
		List<Long> postings = "COMPLETED".equals(job.status()) ? this.jobs.importedPostings(id) : List.of();
		return new ImportProgress(job.id(), job.status(), job.processedRows(), job.totalRows(), job.validRows(),
				job.created(), job.updated(), job.unchanged(), job.failed(), job.submit(), postings);
	}

	/** A job of the caller's organisation; anyone else's is not found. */
	private Job ownJob(UUID id) {
		Actor actor = this.actors.required();
		return this.jobs.find(id)
			.filter(job -> actor.isMemberOf(job.organisationId()))
			.orElseThrow(() -> new ImportNotFound(id));
	}

	private static String header(ImportSheet sheet, ImportColumn column) {
		return sheet.headers().getOrDefault(column, column.chinese());
	}

	private static byte[] readAll(InputStream file) {
		try (file) {
			// One byte more than allowed tells an oversized stream apart without reading all of it.
			byte[] content = file.readNBytes((int) ImportFileReader.MAX_BYTES + 1);
			if (content.length > ImportFileReader.MAX_BYTES) {
				throw InvalidInput.of("file", "import.file.tooLarge", ImportFileReader.MAX_BYTES / 1024 / 1024);
			}
			return content;
		}
		catch (IOException ex) {
			throw InvalidInput.of("file", "import.file.unreadable");
		}
	}

	enum CommitMode {

		VALID_ROWS, NOTHING

	}

	record ImportValidation(UUID importId, int totalRows, int validRows, int errorCount, List<RowError> errors) {
	}

	/**
	 * @param status VALIDATED, RUNNING, COMPLETED or DISCARDED
	 * @param failed rows not imported: invalid ones and those that could not be applied
	 * @param submitted whether the rows were submitted for review (otherwise they are drafts)
	 * @param postingIds once completed, the results the rows created or updated, in file order
	 */
	record ImportProgress(UUID importId, String status, int processedRows, int totalRows, int validRows, int created,
			int updated, int unchanged, int failed, boolean submitted, List<Long> postingIds) {
	}

	static class ImportNotFound extends DomainException {

		ImportNotFound(UUID id) {
			super(Kind.NOT_FOUND, "importNotFound", id);
		}

	}

	static class ImportAlreadyCommitted extends DomainException {

		ImportAlreadyCommitted(UUID id) {
			super(Kind.CONFLICT, "importAlreadyCommitted", id);
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of();
		}

	}

}
