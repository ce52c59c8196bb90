package org.hengqiao.result;

import java.util.Objects;
import java.util.Optional;

import org.hengqiao.posting.Editor;
import org.hengqiao.posting.PostingAction;
import org.hengqiao.posting.PostingWorkflow;
import org.hengqiao.result.ImportJobs.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a result from an imported row, or updates the one the organisation imported before under the same
 * external id. An unchanged row leaves the result untouched (no version, no audit entry, no event). Rows that
 * cannot be applied are reported, not thrown, so one bad row never spoils the chunk around it.
 */
@Component
class ResultUpsert {

	private final Results results;

	private final ResultRules rules;

	private final PostingWorkflow workflow;

	ResultUpsert(Results results, ResultRules rules, PostingWorkflow workflow) {
		this.results = results;
		this.rules = rules;
		this.workflow = workflow;
	}

	/** What should become of imported results: drafts, submitted for review, or published by the platform. */
	enum Target {

		DRAFT, SUBMITTED, PUBLISHED

	}

	/**
	 * @param draft a row that passed {@link ResultRules#check} and bean validation, with an external id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Applied upsert(long organisationId, ResultDraft draft, Editor editor, Target target, @Nullable String discipline,
			@Nullable String category) {
		String externalId = Objects.requireNonNull(draft.externalId()).strip();
		Optional<Result> existing = this.results.findForUpdate(organisationId, externalId);
		if (existing.isEmpty()) {
			Result result = new Result(organisationId, editor.accountId(), draft.content(),
					this.rules.details(draft, discipline, category), this.workflow.now());
			if (target == Target.PUBLISHED) {
				this.workflow.createPublished(result, editor);
			}
			else {
				this.workflow.create(result, editor);
				if (target == Target.SUBMITTED) {
					this.workflow.submit(result, editor);
				}
			}
			return new Applied(Outcome.CREATED, result.id(), null);
		}
		Result result = existing.get();
		if (!PostingAction.EDIT.isLegalFrom(result.status())) {
			return new Applied(Outcome.FAILED, result.id(), result.status().name());
		}
		boolean changed = this.workflow.apply(result, editor,
				edited -> edited.revise(draft.content(), this.rules.details(draft, discipline, category)));
		if (target == Target.SUBMITTED && PostingAction.SUBMIT.isLegalFrom(result.status())) {
			this.workflow.submit(result, editor);
			changed = true;
		}
		if (target == Target.PUBLISHED && !result.status().isPublic()) {
			this.workflow.publish(result, editor);
			changed = true;
		}
		return new Applied(changed ? Outcome.UPDATED : Outcome.UNCHANGED, result.id(), null);
	}

	/** @param refusal why a row could not be applied: the status that keeps its result from being edited */
	record Applied(Outcome outcome, long postingId, @Nullable String refusal) {
	}

}
