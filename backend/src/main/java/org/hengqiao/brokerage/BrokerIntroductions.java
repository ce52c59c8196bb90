package org.hengqiao.brokerage;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.hengqiao.account.NotAllowed;
import org.hengqiao.connect.InterestView;
import org.hengqiao.connect.Interests;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A broker introduces two parties: an expression of interest on behalf of one side in the other side's posting,
 * offering its own. Brokers introduce around what they are assigned to: the need or the result must be theirs.
 * The connect module applies the rules of interests (public postings, verified interested organisation, one open
 * interest per organisation and posting) and records the broker as the introducer.
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
		PostingDocument need = publicPosting(request.needId(), PostingKind.NEED);
		PostingDocument result = publicPosting(request.resultId(), PostingKind.RESULT);
		if (!this.assignments.isAssigned(broker.accountId(), SubjectType.NEED, need.id())
				&& !this.assignments.isAssigned(broker.accountId(), SubjectType.RESULT, result.id())) {
			throw new NotAllowed();
		}
		return request.onBehalfOf() == PostingKind.NEED
				? this.interests.introduce(result.id(), need.organisationId(), need.id(), request.message())
				: this.interests.introduce(need.id(), result.organisationId(), result.id(), request.message());
	}

	private PostingDocument publicPosting(long id, PostingKind kind) {
		return this.postings.find(id)
			.filter(posting -> posting.kind() == kind && posting.isPublic())
			.orElseThrow(() -> new PostingNotFound(id));
	}

}
