package org.hengqiao.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.posting.Editor;
import org.hengqiao.posting.PostingWorkflow;
import org.hengqiao.system.InvalidInput;
import org.hengqiao.system.InvalidInput.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading and revising results by hand; imports go through {@link ResultImport}. */
@Service
class ResultManagement {

	private final PostingWorkflow workflow;

	private final ResultRules rules;

	private final Results results;

	private final Actors actors;

	ResultManagement(PostingWorkflow workflow, ResultRules rules, Results results, Actors actors) {
		this.workflow = workflow;
		this.rules = rules;
		this.results = results;
		this.actors = actors;
	}

	@Transactional
	ResultView create(ResultDraft draft) {
		Actor author = this.workflow.author();
		long organisation = Objects.requireNonNull(author.organisationId());
		validate(draft, organisation, null);
		Result result = new Result(organisation, author.accountId(), draft.content(),
				this.rules.details(draft, null, null), this.workflow.now());
		return view(this.workflow.create(result, Editor.of(author)));
	}

	@Transactional(readOnly = true)
	ResultView find(long id) {
		return view(this.workflow.readable(id, Result.class));
	}

	@Transactional
	ResultView revise(long id, ResultDraft draft) {
		Long version = draft.version();
		if (version == null) {
			throw InvalidInput.of("version", "posting.version.required");
		}
		Result result = this.workflow.edit(id, Result.class, version, edited -> {
			validate(draft, edited.organisationId(), edited.externalId());
			edited.revise(draft.content(), this.rules.details(draft, edited.discipline(), edited.category()));
		});
		return view(result);
	}

	private void validate(ResultDraft draft, long organisation, @Nullable String currentExternalId) {
		List<FieldError> errors = new ArrayList<>(this.rules.check(draft));
		String externalId = draft.externalId() != null ? draft.externalId().strip() : null;
		if (externalId != null && !externalId.isEmpty() && !externalId.equals(currentExternalId)
				&& this.results.existsByOrganisationIdAndExternalId(organisation, externalId)) {
			errors.add(new FieldError("externalId", "result.externalId.taken", externalId));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private ResultView view(Result result) {
		Actor actor = this.actors.current().orElse(null);
		boolean insider = actor != null && (actor.isOperator() || actor.isMemberOf(result.organisationId()));
		return new ResultView(this.workflow.view(result), result.text(), result.maturity(), result.patents(),
				result.team(), result.scenarios(), insider ? result.externalId() : null, result.discipline());
	}

}
