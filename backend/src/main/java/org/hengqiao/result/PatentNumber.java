package org.hengqiao.result;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A Chinese (CNIPA) patent application number or publication number.
 * <p>
 * Supported inputs:
 * <ul>
 * <li>Application numbers (专利申请号, ZC 0006-2003) from 2003-10-01: {@code YYYY} + type
 * digit + 7-digit serial, e.g. {@code 201710601862.3}.</li>
 * <li>Older application numbers: {@code YY} + type digit + 5-digit serial, e.g.
 * {@code 97101765.4}; years 1985 (first year of the Patent Law) to 2003.</li>
 * <li>Publication / grant numbers: {@code CN} + 7–9 digits + kind code letter with an
 * optional digit, e.g. {@code CN105123456A}. These have no check digit.</li>
 * </ul>
 * Application numbers may carry a {@code ZL} (granted patent, 专利号) or {@code CN} prefix,
 * and must carry their check digit since it is the only typo protection; the dot before
 * it is optional. Input is normalised leniently: full-width characters become ASCII, all
 * whitespace is dropped (the standard allows a space only between year, type and
 * serial, but pasted numbers are messier) and letters are upper-cased.
 * <p>
 * Normalised forms: applications as bare digits, dot and check digit without prefix
 * ({@code 201910123456.X}, {@code 97101765.4}) – the form CNIPA prints on filing receipts
 * – so a patent number {@code ZL…} and its application number compare equal.
 * Publications as {@code CN} + digits + kind code ({@code CN105123456A}).
 *
 * @param normalized the canonical string
 * @param form whether this is an application or a publication number
 * @param type the patent type, from the type digit or the kind code
 */
public record PatentNumber(String normalized, Form form, PatentType type) {

	private static final Pattern APPLICATION = Pattern
		.compile("(?:ZL|CN)?(?<digits>\\d{12}|\\d{8})\\.?(?<check>[0-9X])");

	private static final Pattern PUBLICATION = Pattern.compile("CN(?<digits>\\d{7,9})(?<kind>[A-Z])(?<suffix>\\d?)");

	public PatentNumber {
		Objects.requireNonNull(normalized, "normalized must not be null");
		Objects.requireNonNull(form, "form must not be null");
		Objects.requireNonNull(type, "type must not be null");
		Analysis canonical = analyse(normalized);
		if (!canonical.normalized().equals(normalized)) {
			throw new InvalidPatentNumber(InvalidPatentNumber.Reason.FORMAT,
					"Patent number is not in normalised form; use PatentNumber.parse");
		}
		if (canonical.form() != form || canonical.type() != type) {
			throw new InvalidPatentNumber(InvalidPatentNumber.Reason.TYPE,
					"Patent number form or type does not match the number itself");
		}
	}

	/**
	 * Parses user input in any of the supported written variants.
	 * @param raw e.g. {@code "ZL 2019 1 0123456.X"}, {@code "cn105123456a"}
	 * @return the patent number in normalised form
	 * @throws InvalidPatentNumber if the input is not a valid number
	 */
	public static PatentNumber parse(String raw) {
		Objects.requireNonNull(raw, "raw must not be null");
		Analysis analysis = analyse(normalise(raw));
		return new PatentNumber(analysis.normalized(), analysis.form(), analysis.type());
	}

	/** Whether {@link #parse(String)} would accept the input; {@code null} is not valid. */
	public static boolean isValid(@Nullable String raw) {
		if (raw == null) {
			return false;
		}
		try {
			analyse(normalise(raw));
			return true;
		}
		catch (InvalidPatentNumber ex) {
			return false;
		}
	}

	/**
	 * Computes the application number check digit (ZC 0006-2003): the digits from the
	 * left are weighted 2, 3, …, 9, 2, 3, 4, 5; the check is the sum mod 11, with 10
	 * written as {@code X}.
	 * @param digits the 12 (since 2003) or 8 (before) application number digits
	 * @return the check digit, {@code '0'}–{@code '9'} or {@code 'X'}
	 * @throws IllegalArgumentException if not 8 or 12 ASCII digits
	 */
	public static char checkDigitOf(String digits) {
		Objects.requireNonNull(digits, "digits must not be null");
		if (digits.length() != 8 && digits.length() != 12) {
			throw new IllegalArgumentException("Expected 8 or 12 digits but got " + digits.length() + " characters");
		}
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				throw new IllegalArgumentException("Expected only digits but found a non-digit at index " + i);
			}
			sum += (c - '0') * (i % 8 + 2);
		}
		int check = sum % 11;
		return (check == 10) ? 'X' : (char) ('0' + check);
	}

	@Override
	public String toString() {
		return this.normalized;
	}

	private static Analysis analyse(String s) {
		Matcher application = APPLICATION.matcher(s);
		if (application.matches()) {
			return analyseApplication(application.group("digits"), application.group("check").charAt(0));
		}
		Matcher publication = PUBLICATION.matcher(s);
		if (publication.matches()) {
			PatentType type = PatentType.ofKindCode(publication.group("kind").charAt(0));
			if (type == null) {
				throw new InvalidPatentNumber(InvalidPatentNumber.Reason.TYPE,
						"Unknown publication kind code; expected A, B, C, U, Y, S or D");
			}
			String normalized = "CN" + publication.group("digits") + publication.group("kind")
					+ publication.group("suffix");
			return new Analysis(normalized, Form.PUBLICATION, type);
		}
		throw new InvalidPatentNumber(InvalidPatentNumber.Reason.FORMAT,
				"Not a patent application number (e.g. 201910123456.X, 97101765.4) "
						+ "or publication number (e.g. CN105123456A)");
	}

	private static Analysis analyseApplication(String digits, char check) {
		boolean modern = digits.length() == 12;
		int year = Integer.parseInt(digits.substring(0, modern ? 4 : 2));
		// 12-digit numbers started in 2003; 8-digit ones ran from 1985 until 2003.
		boolean plausibleYear = modern ? year >= 2003 : (year >= 85 || year <= 3);
		if (!plausibleYear) {
			throw new InvalidPatentNumber(InvalidPatentNumber.Reason.FORMAT,
					modern ? "12-digit application numbers start in 2003"
							: "8-digit application numbers cover 1985 to 2003");
		}
		PatentType type = PatentType.ofTypeDigit(digits.charAt(modern ? 4 : 2));
		if (type == null) {
			throw new InvalidPatentNumber(InvalidPatentNumber.Reason.TYPE,
					"Unknown application type digit; expected 1, 2, 3, 8 or 9");
		}
		if (checkDigitOf(digits) != check) {
			throw new InvalidPatentNumber(InvalidPatentNumber.Reason.CHECK_DIGIT,
					"Application number check digit does not match");
		}
		return new Analysis(digits + "." + check, Form.APPLICATION, type);
	}

	/**
	 * Full-width forms to ASCII, drop all whitespace, ASCII upper-case. Unicode case
	 * mapping is avoided on purpose (locale-dependent, can change length).
	 */
	static String normalise(String raw) {
		StringBuilder sb = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				continue;
			}
			if (c >= 'a' && c <= 'z') {
				c = (char) (c - ('a' - 'A'));
			}
			sb.append(c);
		}
		return sb.toString();
	}

	/** Validation result; the record's canonical constructor re-checks it, so keep it private. */
	private record Analysis(String normalized, Form form, PatentType type) {
	}

	public enum Form {

		/** 申请号 (or, with a ZL prefix, 专利号). */
		APPLICATION,

		/** 公开号 / 公告号 / 授权公告号. */
		PUBLICATION

	}

	public enum PatentType {

		/** 发明. */
		INVENTION,

		/** 实用新型. */
		UTILITY_MODEL,

		/** 外观设计. */
		DESIGN;

		/** 1 and 8 (PCT national phase) invention, 2 and 9 utility model, 3 design. */
		static @Nullable PatentType ofTypeDigit(char digit) {
			return switch (digit) {
				case '1', '8' -> INVENTION;
				case '2', '9' -> UTILITY_MODEL;
				case '3' -> DESIGN;
				default -> null;
			};
		}

		/**
		 * A (application publication), B/C (grant; C before 2010) invention; U/Y (Y before
		 * 2010) utility model; S/D (D before 2010) design.
		 */
		static @Nullable PatentType ofKindCode(char kind) {
			return switch (kind) {
				case 'A', 'B', 'C' -> INVENTION;
				case 'U', 'Y' -> UTILITY_MODEL;
				case 'S', 'D' -> DESIGN;
				default -> null;
			};
		}

	}

}
