package org.hengqiao.brokerage;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A broker's assignment.
 *
 * @param subjectTitle the need's or result's title (absent for a conversation)
 */
public record AssignmentView(long id, long brokerAccountId, String brokerName, long agencyOrganisationId,
		String agencyName, SubjectType subjectType, long subjectId, @Nullable String subjectTitle, Instant assignedAt) {
}
