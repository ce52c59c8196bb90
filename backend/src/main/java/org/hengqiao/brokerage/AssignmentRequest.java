package org.hengqiao.brokerage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Assigns a broker to a need, a result or a conversation. */
public record AssignmentRequest(@NotNull @Positive Long brokerAccountId, @NotNull SubjectType subjectType,
		@NotNull @Positive Long subjectId) {
}
