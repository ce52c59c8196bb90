package org.hengqiao.brokerage;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A request for a broker's help.
 *
 * @param subjectTitle the need's or result's title (absent for a conversation)
 * @param brokerAccountId the broker asked (or, once an operator fulfilled a request to any broker, assigned)
 */
public record RequestView(long id, SubjectType subjectType, long subjectId, @Nullable String subjectTitle,
		long requesterOrganisationId, String requesterOrganisationName, @Nullable Long brokerAccountId,
		@Nullable String brokerName, String message, RequestStatus status, Instant createdAt,
		@Nullable Instant answeredAt) {
}
