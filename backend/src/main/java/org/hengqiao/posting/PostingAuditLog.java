package org.hengqiao.posting;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.posting.PostingJournal.AuditEntry;
import org.hengqiao.posting.PostingJournal.AuditQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit log is for operators: it shows contact details and rejected content of every organisation. */
@Service
class PostingAuditLog {

	private final PostingJournal journal;

	private final Actors actors;

	PostingAuditLog(PostingJournal journal, Actors actors) {
		this.journal = journal;
		this.actors = actors;
	}

	@Transactional(readOnly = true)
	PostingPage<AuditEntry> search(AuditQuery query, int page, int size) {
		Actor actor = this.actors.required();
		if (!actor.isOperator()) {
			throw new ActionNotAllowed("READ_AUDIT_LOG");
		}
		return PostingPage.of(this.journal.search(query, page, size));
	}

}
