package org.hengqiao.organisation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Unified social credit code (统一社会信用代码) as defined by GB 32100-2015.
 * <p>
 * Layout of the 18 characters, drawn from {@value #ALPHABET}:
 * <ol>
 * <li>position 1 – registration authority code. GB 32100 lists 1 (机构编制), 5 (民政),
 * 9 (工商) and Y (其他); later assignments added further authorities (e.g. 2, 3, 4, 6, 7,
 * 8, A, N). Any alphabet character is accepted so new authorities don't break
 * registration.</li>
 * <li>position 2 – organisation category code within the authority (any alphabet
 * character, for the same reason).</li>
 * <li>positions 3–8 – administrative division code (GB/T 2260), 6 digits.</li>
 * <li>positions 9–17 – organisation code (GB 11714), whose 9th character is itself a
 * mod-11 check character.</li>
 * <li>position 18 – mod-31 check character over positions 1–17.</li>
 * </ol>
 * Both check characters are enforced. The mod-31 check alone detects every single
 * substitution and every adjacent transposition; the GB 11714 check additionally rejects
 * codes whose organisation code part is inconsistent, which genuine codes never are.
 * <p>
 * The record holds the canonical form only; use {@link #parse(String)} for user input,
 * which trims, converts full-width characters to ASCII and upper-cases.
 *
 * @param value the canonical 18-character code
 */
public record CreditCode(String value) {

	/** GB 32100 code alphabet; a character's index is its numeric value. */
	public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/** Length of a complete code. */
	public static final int LENGTH = 18;

	private static final int MODULUS = 31;

	/** 3^(i-1) mod 31 for positions 1..17. */
	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	/** GB 11714 values run over the full Latin alphabet (A=10 … Z=35), unlike GB 32100. */
	private static final String ORGANISATION_CODE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final int[] ORGANISATION_CODE_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	public CreditCode {
		Objects.requireNonNull(value, "value must not be null");
		validate(value);
	}

	/**
	 * Parses user input, normalising it first.
	 * @param raw the input, e.g. {@code " ９１４４０３００１９２２０３８２１６ "}
	 * @return the credit code
	 * @throws InvalidCreditCode if the normalised input is not a valid code
	 */
	public static CreditCode parse(String raw) {
		Objects.requireNonNull(raw, "raw must not be null");
		return new CreditCode(normalise(raw));
	}

	/**
	 * Whether {@link #parse(String)} would accept the input; {@code null} is not valid.
	 */
	public static boolean isValid(@Nullable String raw) {
		if (raw == null) {
			return false;
		}
		try {
			validate(normalise(raw));
			return true;
		}
		catch (InvalidCreditCode ex) {
			return false;
		}
	}

	/**
	 * Computes the GB 32100 check character (position 18) for the first 17 characters.
	 * @param first17 exactly 17 characters in canonical form
	 * @return the check character
	 * @throws InvalidCreditCode with reason LENGTH or CHARACTER for malformed input
	 */
	public static char checkCharacterOf(String first17) {
		Objects.requireNonNull(first17, "first17 must not be null");
		if (first17.length() != LENGTH - 1) {
			throw new InvalidCreditCode(InvalidCreditCode.Reason.LENGTH);
		}
		int sum = 0;
		for (int i = 0; i < LENGTH - 1; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new InvalidCreditCode(InvalidCreditCode.Reason.CHARACTER, i + 1);
			}
			sum += value * WEIGHTS[i];
		}
		// 31 - (sum mod 31), with 31 folded to 0: simply (-sum) mod 31.
		return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
	}

	/**
	 * Computes the GB 11714 check character for the 8-character organisation code body
	 * (credit code positions 9–16). Returns {@code '\0'} when a character has no GB 11714
	 * value, which can then never match.
	 */
	static char organisationCheckCharacterOf(CharSequence body) {
		int sum = 0;
		for (int i = 0; i < ORGANISATION_CODE_WEIGHTS.length; i++) {
			int value = ORGANISATION_CODE_ALPHABET.indexOf(body.charAt(i));
			if (value < 0) {
				return '\0';
			}
			sum += value * ORGANISATION_CODE_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return switch (check) {
			case 10 -> 'X';
			case 11 -> '0';
			default -> (char) ('0' + check);
		};
	}

	/** Positions 3–8: the administrative division code of the registering authority. */
	public String divisionCode() {
		return this.value.substring(2, 8);
	}

	/** Positions 9–17: the GB 11714 organisation code, including its check character. */
	public String organisationCode() {
		return this.value.substring(8, 17);
	}

	/** Position 1: the registration authority code. */
	public char registrationAuthority() {
		return this.value.charAt(0);
	}

	/** Position 2: the organisation category code. */
	public char organisationCategory() {
		return this.value.charAt(1);
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static void validate(String code) {
		if (code.length() != LENGTH) {
			throw new InvalidCreditCode(InvalidCreditCode.Reason.LENGTH);
		}
		for (int i = 0; i < LENGTH; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				throw new InvalidCreditCode(InvalidCreditCode.Reason.CHARACTER, i + 1);
			}
		}
		for (int i = 2; i < 8; i++) {
			char c = code.charAt(i);
			if (c < '0' || c > '9') {
				throw new InvalidCreditCode(InvalidCreditCode.Reason.DIVISION, i + 1);
			}
		}
		// The mod-31 check goes first: it covers every position, so a typo is reported
		// as a typo rather than as an organisation code problem.
		if (checkCharacterOf(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
			throw new InvalidCreditCode(InvalidCreditCode.Reason.CHECK_CHARACTER, LENGTH);
		}
		if (organisationCheckCharacterOf(code.subSequence(8, 16)) != code.charAt(16)) {
			throw new InvalidCreditCode(InvalidCreditCode.Reason.ORGANISATION_CODE, 17);
		}
	}

	/**
	 * Full-width forms (U+FF01–U+FF5E, U+3000) to ASCII, then trim and ASCII upper-case.
	 * Locale-sensitive or Unicode case mapping is avoided on purpose: it can change the
	 * string length (e.g. ß → SS) and would make reported positions meaningless.
	 */
	static String normalise(String raw) {
		StringBuilder sb = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			else if (c == '\u3000') {
				c = ' ';
			}
			if (c >= 'a' && c <= 'z') {
				c = (char) (c - ('a' - 'A'));
			}
			sb.append(c);
		}
		return sb.toString().strip();
	}

}
