package org.hengqiao.deal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A request to move a deal: the target stage, the version the caller saw, and what the stage needs (the contract
 * for {@link DealStage#CONTRACT_SIGNED}, the reason for {@link DealStage#LOST}).
 */
public record StageChange(@NotNull DealStage stage, @NotNull @PositiveOrZero Long version,
		@Nullable @Valid Contract contract, @Nullable @Size(max = 1000) String reason,
		@Nullable @Size(max = 1000) String note) {
}
