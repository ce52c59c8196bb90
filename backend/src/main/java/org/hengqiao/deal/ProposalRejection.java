package org.hengqiao.deal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A side turns the pending proposal down (or withdraws its own), at the version it saw, optionally saying why. */
public record ProposalRejection(@NotNull @PositiveOrZero Long version, @Nullable @Size(max = 1000) String reason) {
}
