package org.hengqiao.brokerage;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up as its broker and their agency's admins see it.
 *
 * @param overdue the due day has passed and it is not done
 * @param overdueFlaggedAt when the overdue job flagged it (and notified), once
 */
public record FollowUpView(long id, long brokerAccountId, long agencyOrganisationId, SubjectType subjectType,
		long subjectId, String note, LocalDate dueOn, Instant createdAt, @Nullable Instant doneAt, boolean overdue,
		@Nullable Instant overdueFlaggedAt) {
}
