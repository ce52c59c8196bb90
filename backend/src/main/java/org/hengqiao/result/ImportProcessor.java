package org.hengqiao.result;

import java.time.Instant;
import java.util.List;

import org.hengqiao.posting.Editor;
import org.hengqiao.result.ImportJobs.Job;
import org.hengqiao.result.ImportJobs.Outcome;
import org.hengqiao.result.ImportJobs.PendingRow;
import org.hengqiao.result.ResultUpsert.Applied;
import org.hengqiao.result.ResultUpsert.Target;
import org.hengqiao.posting.PostingWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a committed job's valid rows, a chunk per transaction; each row's outcome and the job's counters are
 * written with the chunk, so progress is exact and an interrupted commit resumes where it stopped. If a chunk fails
 * as a whole (say, another import created the same result meanwhile), its rows are retried one by one and only the
 * failing ones are marked failed.
 */
@Component
class ImportProcessor {

	private static final Logger log = LoggerFactory.getLogger(ImportProcessor.class);

	private final ImportJobs jobs;

	private final ResultUpsert upsert;

	private final PostingWorkflow workflow;

	private final TransactionTemplate transactions;

	private final ImportProperties properties;

	private final MessageSource messages;

	ImportProcessor(ImportJobs jobs, ResultUpsert upsert, PostingWorkflow workflow, TransactionTemplate transactions,
			ImportProperties properties, MessageSource messages) {
		this.jobs = jobs;
		this.upsert = upsert;
		this.workflow = workflow;
		this.transactions = transactions;
		this.properties = properties;
		this.messages = messages;
	}

	void process(Job job) {
		Editor editor = new Editor(job.createdBy(), job.createdByName());
		Target target = job.submit() ? Target.SUBMITTED : Target.DRAFT;
		while (true) {
			List<PendingRow> chunk = this.jobs.pending(job.id(), this.properties.chunkSize());
			if (chunk.isEmpty()) {
				break;
			}
			try {
				this.transactions.executeWithoutResult(status -> chunk.forEach(row -> apply(job, editor, target, row)));
			}
			catch (RuntimeException ex) {
				log.warn("Import {}: a chunk failed ({}); retrying its rows one by one", job.id(), ex.toString());
				for (PendingRow row : chunk) {
					try {
						this.transactions.executeWithoutResult(status -> apply(job, editor, target, row));
					}
					catch (RuntimeException rowFailure) {
						this.transactions.executeWithoutResult(status -> this.jobs.recordOutcome(job.id(),
								row.rowNumber(), Outcome.FAILED, null, message("import.row.failed"), now()));
					}
				}
			}
		}
		this.jobs.complete(job.id(), now());
	}

	private void apply(Job job, Editor editor, Target target, PendingRow row) {
		Applied applied = this.upsert.upsert(job.organisationId(), row.draft(), editor, target, null, null);
		String message = applied.refusal() != null ? message("import.row.notEditable", applied.refusal()) : null;
		this.jobs.recordOutcome(job.id(), row.rowNumber(), applied.outcome(), applied.postingId(), message, now());
	}

	/** Takes over commits whose instance stopped (a restart, a crash) and finishes them. */
	@Scheduled(fixedDelayString = "${hengqiao.import.resume-check:60s}", initialDelayString = "${hengqiao.import.resume-check:60s}")
	void resumeStalled() {
		Instant now = now();
		for (Job job : this.jobs.stalled(now.minus(this.properties.resumeAfter()))) {
			if (this.jobs.takeOver(job, now)) {
				log.info("Resuming import {} of organisation {}", job.id(), job.organisationId());
				process(job);
			}
		}
	}

	private String message(String key, Object... arguments) {
		// Background work has no request: messages stored for later are written in Chinese, the platform's language.
		return this.messages.getMessage(key, arguments, key, java.util.Locale.SIMPLIFIED_CHINESE);
	}

	private Instant now() {
		return this.workflow.now();
	}

}
