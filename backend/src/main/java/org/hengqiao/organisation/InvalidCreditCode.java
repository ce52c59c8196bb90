package org.hengqiao.organisation;

import java.util.OptionalInt;

/**
 * Thrown when a string is not a valid unified social credit code (统一社会信用代码).
 * <p>
 * Carries a machine-readable {@link Reason} so that callers (forms, imports, APIs) can
 * report a localised message without parsing exception text. The message deliberately
 * does not echo the input, which may be arbitrarily long user data.
 */
public class InvalidCreditCode extends IllegalArgumentException {

	private final Reason reason;

	private final int position;

	InvalidCreditCode(Reason reason) {
		this(reason, 0);
	}

	InvalidCreditCode(Reason reason, int position) {
		super(position > 0 ? reason.description + " at position " + position : reason.description);
		this.reason = reason;
		this.position = position;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * The 1-based position of the offending character, if the failure can be attributed
	 * to one (empty for {@link Reason#LENGTH}).
	 */
	public OptionalInt position() {
		return (this.position > 0) ? OptionalInt.of(this.position) : OptionalInt.empty();
	}

	public enum Reason {

		/** Not exactly 18 characters after normalisation. */
		LENGTH("Credit code must have 18 characters"),

		/** A character outside {@code 0-9A-Z} minus I, O, Z, S, V. */
		CHARACTER("Credit code contains a character that is not allowed"),

		/** Positions 3–8 (administrative division code) are not all digits. */
		DIVISION("Credit code administrative division code must be 6 digits"),

		/** Position 18 does not match the GB 32100 mod-31 check. */
		CHECK_CHARACTER("Credit code check character does not match"),

		/** Positions 9–17 fail the GB 11714 organisation code check (position 17). */
		ORGANISATION_CODE("Credit code organisation code check character does not match");

		private final String description;

		Reason(String description) {
			this.description = description;
		}

	}

}
