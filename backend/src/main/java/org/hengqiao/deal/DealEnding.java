package org.hengqiao.deal;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Why a deal is disputed (by an owner) or voided (by an operator); required, the service names it when missing. */
public record DealEnding(@Nullable @Size(max = 1000) String reason) {
}
