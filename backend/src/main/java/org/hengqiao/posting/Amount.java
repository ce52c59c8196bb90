package org.hengqiao.posting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import org.jspecify.annotations.Nullable;

/**
 * A need's budget or a result's asking price in whole yuan: negotiable (面议), a fixed amount ({@code minYuan ==
 * maxYuan}) or a range. A missing {@code maxYuan} means a fixed amount.
 */
public record Amount(boolean negotiable,
		@Nullable @PositiveOrZero @Max(Amount.LIMIT_YUAN) Long minYuan,
		@Nullable @PositiveOrZero @Max(Amount.LIMIT_YUAN) Long maxYuan) {

	/** One trillion yuan: anything above is a typo. */
	public static final long LIMIT_YUAN = 1_000_000_000_000L;

	public static Amount negotiableAmount() {
		return new Amount(true, null, null);
	}

	public static Amount range(long minYuan, long maxYuan) {
		return new Amount(false, minYuan, maxYuan);
	}

	/** The canonical form: no figures when negotiable, both ends when not. */
	public Amount normalised() {
		if (this.negotiable) {
			return negotiableAmount();
		}
		return new Amount(false, this.minYuan, this.maxYuan != null ? this.maxYuan : this.minYuan);
	}

}
