package org.hengqiao.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import org.hengqiao.posting.Posting;
import org.hengqiao.posting.PostingContent;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.system.InvalidInput.FieldError;
import org.jspecify.annotations.Nullable;

/** An enterprise's technology need: the shared content plus a deadline for answers. */
@Entity
@DiscriminatorValue("NEED")
class Need extends Posting {

	private @Nullable LocalDate deadline;

	protected Need() {
	}

	Need(long organisationId, long createdBy, PostingContent content, LocalDate deadline, Instant now) {
		super(organisationId, createdBy, content, now);
		this.deadline = deadline;
	}

	void revise(PostingContent content, LocalDate deadline) {
		reviseContent(content);
		this.deadline = deadline;
	}

	@Override
	public PostingKind kind() {
		return PostingKind.NEED;
	}

	@Override
	public LocalDate deadline() {
		return Objects.requireNonNull(this.deadline);
	}

	/** A need whose deadline has passed cannot go (back) to review: the owner sets a new one first. */
	@Override
	protected List<FieldError> submissionProblems(LocalDate today) {
		return deadline().isAfter(today) ? List.of()
				: List.of(new FieldError("deadline", "need.deadline.future", deadline()));
	}

	@Override
	protected void describeDetails(Map<String, Object> values) {
		values.put("deadline", String.valueOf(this.deadline));
	}

}
