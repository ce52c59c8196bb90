package org.hengqiao.deal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A side's agreement, to the deal or to the pending proposal, at the version the caller saw: a proposal changed
 * meanwhile (other terms) makes it stale, so nobody agrees to terms they were not shown.
 */
public record DealConsent(@NotNull @PositiveOrZero Long version) {
}
