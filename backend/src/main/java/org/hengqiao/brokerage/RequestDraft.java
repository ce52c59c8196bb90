package org.hengqiao.brokerage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An organisation asks a broker for help with one of its public postings or one of its conversations.
 *
 * @param brokerAccountId the broker asked; absent for any broker, whom an operator then assigns
 * @param message what the broker reads
 */
public record RequestDraft(@NotNull SubjectType subjectType, @NotNull @Positive Long subjectId,
		@Nullable @Positive Long brokerAccountId, @NotBlank @Size(max = 1000) String message) {
}
