package org.hengqiao.brokerage;

import java.util.List;
import java.util.Optional;

import org.hengqiao.connect.Conversations;
import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What a broker works on, as it is now: whose it is and whether it is on the market. */
@Component
class Subjects {

	private final PostingDocuments postings;

	private final Conversations conversations;

	Subjects(PostingDocuments postings, Conversations conversations) {
		this.postings = postings;
		this.conversations = conversations;
	}

	/**
	 * The subject, if it exists: a need or result of that kind (its owner is the one organisation), or a
	 * conversation (its two organisations). Deals are not subjects of assignments or requests.
	 */
	Optional<Subject> find(SubjectType type, long id) {
		return switch (type) {
			case NEED, RESULT -> this.postings.find(id)
				.filter(posting -> posting.kind() == (type == SubjectType.NEED ? PostingKind.NEED : PostingKind.RESULT))
				.map(posting -> new Subject(type, id, List.of(posting.organisationId()), posting.isPublic(),
						posting.title()));
			case CONVERSATION -> this.conversations.parties(id)
				.map(parties -> new Subject(type, id, parties.organisationIds(), true, null));
			case DEAL -> Optional.empty();
		};
	}

	/** What a notice calls the subject: the posting's title, or the title of the posting a conversation is about. */
	String about(SubjectType type, long id) {
		return switch (type) {
			case NEED, RESULT -> this.postings.find(id).map(PostingDocument::title).orElse("—");
			case CONVERSATION -> this.conversations.parties(id)
				.flatMap(parties -> this.postings.find(parties.postingId()))
				.map(PostingDocument::title)
				.orElse("—");
			case DEAL -> "—";
		};
	}

	@Nullable String title(SubjectType type, long id) {
		return type == SubjectType.CONVERSATION || type == SubjectType.DEAL ? null
				: this.postings.find(id).map(PostingDocument::title).orElse(null);
	}

	/**
	 * @param organisationIds the posting's owner, or the conversation's two organisations: the parties
	 * @param open a public posting, or any conversation (whether a broker may join is a question of who asked)
	 */
	record Subject(SubjectType type, long id, List<Long> organisationIds, boolean open, @Nullable String title) {

		boolean isPartyOf(@Nullable Long organisationId) {
			return organisationId != null && this.organisationIds.contains(organisationId);
		}

	}

}
