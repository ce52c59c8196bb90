package org.hengqiao.brokerage;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.connect.InterestView;
import org.hengqiao.connect.Interests;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.system.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A broker introduces two parties: proposes an expression of interest on behalf of one side in the other side's
 * posting, offering its own. Nothing binds the introduced side: the interest stays proposed, unseen by the owner,
 * until the introduced organisation confirms it in its own session. Brokers introduce around what they are assigned
 * to (by an operator or at a party's request): the need or the result must be theirs, and both must be public. The
 * connect module applies the rules of interests (verified interested organisation, the offered posting its own and
 * public, one open interest per organisation and posting) and records the broker as the introducer.
 */
@Service
public class BrokerIntroductions {

	private final Interests interests;

	private final AssignmentManagement assignments;

	private final PostingDocuments postings;

	private final Actors actors;

	BrokerIntroductions(Interests interests, AssignmentManagement assignments, PostingDocuments postings,
			Actors actors) {
		this.interests = interests;
		this.assignments = assignments;
		this.postings = postings;
		this.actors = actors;
	}

	@Transactional
	public InterestView introduce(IntroductionRequest request) {
		Actor broker = this.actors.required();
		if (!broker.isBroker()) {
			throw new NotAllowed();
		}
		PostingDocument need = publicPosting("needId", request.needId(), PostingKind.NEED);
		PostingDocument result = publicPosting("resultId", request.resultId(), PostingKind.RESULT);
		if (!this.assignments.isAssigned(broker.accountId(), SubjectType.NEED, need.id())
				&& !this.assignments.isAssigned(broker.accountId(), SubjectType.RESULT, result.id())) {
			throw new NotAllowed();
		}
		return request.onBehalfOf() == PostingKind.NEED
				? this.interests.introduce(result.id(), need.organisationId(), need.id(), request.message())
				: this.interests.introduce(need.id(), result.organisationId(), result.id(), request.message());
	}

	private PostingDocument publicPosting(String field, long id, PostingKind kind) {
		return this.postings.find(id)
			.filter(posting -> posting.kind() == kind && posting.isPublic())
			.orElseThrow(() -> InvalidInput.of(field, "brokerage.introduction.posting", id));
	}

}
