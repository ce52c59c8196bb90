package org.hengqiao.brokerage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.hengqiao.posting.PostingKind;

/**
 * A broker introduces the owners of a need and a result.
 *
 * @param onBehalfOf whose interest it is: {@code NEED} means the need's owner is interested in the result (offering
 *        its need), {@code RESULT} that the result's owner is interested in the need (offering its result)
 * @param message what the other side reads
 */
public record IntroductionRequest(@NotNull @Positive Long needId, @NotNull @Positive Long resultId,
		@NotNull PostingKind onBehalfOf, @NotBlank @Size(max = 1000) String message) {
}
