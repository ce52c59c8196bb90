package org.hengqiao.brokerage;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A new follow-up on an item assigned to the broker, or on a deal they follow. */
public record FollowUpDraft(@NotNull SubjectType subjectType, @NotNull @Positive Long subjectId,
		@NotBlank @Size(max = 1000) String note, @NotNull LocalDate dueOn) {
}
