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

/**
 * Creating, reading and revising needs for the person acting in the current request (the {@link org.hengqiao.account.Actor}
 * in the security context): the REST API and demo seeding go through the same rules. The lifecycle is
 * {@link org.hengqiao.posting.PostingLifecycle}.
 */
@Service
public class NeedManagement {

	private final PostingWorkflow workflow;

	NeedManagement(PostingWorkflow workflow) {
		this.workflow = workflow;
	}

	@Transactional
	public NeedView create(NeedDraft draft) {
		Actor author = this.workflow.author();
		validate(draft);
		Need need = new Need(java.util.Objects.requireNonNull(author.organisationId()), author.accountId(),
				draft.content(), draft.deadline(), this.workflow.now());
		return view(this.workflow.create(need, Editor.of(author)));
	}

	@Transactional(readOnly = true)
	public NeedView find(long id) {
		return view(this.workflow.readable(id, Need.class));
	}

	@Transactional
	public NeedView revise(long id, NeedDraft draft) {
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
