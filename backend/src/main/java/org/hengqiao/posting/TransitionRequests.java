package org.hengqiao.posting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Bodies of the lifecycle requests. Each may carry the version the caller saw; a stale one is refused. */
final class TransitionRequests {

	private TransitionRequests() {
	}

	record Transition(@Nullable @PositiveOrZero Long version) {
	}

	record Rejection(@NotBlank @Size(max = 1000) String reason, @Nullable @PositiveOrZero Long version) {
	}

	record Withdrawal(@Nullable @Size(max = 1000) String reason, @Nullable @PositiveOrZero Long version) {
	}

	record Closure(@NotNull CloseOutcome outcome, @Nullable @Size(max = 1000) String reason,
			@Nullable @PositiveOrZero Long version) {
	}

}
