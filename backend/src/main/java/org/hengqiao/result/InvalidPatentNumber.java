package org.hengqiao.result;

/**
 * Thrown when a string is not a valid CNIPA patent application or publication number.
 * <p>
 * Carries a machine-readable {@link Reason} so callers can report a localised message.
 * The message deliberately does not echo the input.
 */
public class InvalidPatentNumber extends IllegalArgumentException {

	private final Reason reason;

	InvalidPatentNumber(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	public enum Reason {

		/** Matches none of the supported layouts (or has an impossible year). */
		FORMAT,

		/** Application number whose check digit does not match. */
		CHECK_DIGIT,

		/** Unknown application type digit or publication kind code. */
		TYPE

	}

}
