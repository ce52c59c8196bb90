package org.hengqiao.need;

import java.util.ArrayList;
import java.util.List;

import org.hengqiao.account.Actor;
import org.hengqiao.posting.Editor;
import org.hengqiao.posting.PostingWorkflow;
import org.hengqiao.system.InvalidInput;
import org.hengqiao.system.InvalidInput.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, reading and revising needs; their lifecycle is the shared one of postings. */
@Service
class NeedManagement {

	private final PostingWorkflow workflow;

	NeedManagement(PostingWorkflow workflow) {
		this.workflow = workflow;
	}

	@Transactional
	NeedView create(NeedDraft draft) {
		Actor author = this.workflow.author();
		validate(draft);
		Need need = new Need(java.util.Objects.requireNonNull(author.organisationId()), author.accountId(),
				draft.content(), draft.deadline(), this.workflow.now());
		return view(this.workflow.create(need, Editor.of(author)));
	}

	@Transactional(readOnly = true)
	NeedView find(long id) {
		return view(this.workflow.readable(id, Need.class));
	}

	@Transactional
	NeedView revise(long id, NeedDraft draft) {
		Long version = draft.version();
		if (version == null) {
			throw InvalidInput.of("version", "posting.version.required");
		}
		Need need = this.workflow.edit(id, Need.class, version, edited -> {
			validate(draft);
			edited.revise(draft.content(), draft.deadline());
		});
		return view(need);
	}

	private void validate(NeedDraft draft) {
		List<FieldError> errors = new ArrayList<>(this.workflow.check(draft.content(), "budget"));
		if (!draft.deadline().isAfter(this.workflow.today())) {
			errors.add(new FieldError("deadline", "need.deadline.future", draft.deadline()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	private NeedView view(Need need) {
		return new NeedView(this.workflow.view(need), need.text(), need.deadline(), need.maturity());
	}

}
