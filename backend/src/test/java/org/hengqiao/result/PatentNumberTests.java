package org.hengqiao.result;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.hengqiao.result.PatentNumber.Form;
import org.hengqiao.result.PatentNumber.PatentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link PatentNumber}.
 */
class PatentNumberTests {

	// Worked examples from published explanations of ZC 0006-2003 (the arithmetic is
	// shown there), not numbers we verified against CNIPA's register.
	@ParameterizedTest
	@CsvSource({ "201710601862, 3", "200310102344, 5", "97101765, 4", "95115608, X" })
	void computesCheckDigitOfDocumentedExamples(String digits, char check) {
		assertThat(PatentNumber.checkDigitOf(digits)).isEqualTo(check);
	}

	@ParameterizedTest
	@ValueSource(strings = { "201710601862.3", "ZL201710601862.3", "ZL 2017 1 0601862.3", "CN 201710601862.3",
			"zl2017106018623", " 2017 1 0601862．3 ", "ＺＬ２０１７１０６０１８６２．３" })
	void parsesWrittenVariantsOfAnApplicationNumber(String raw) {
		PatentNumber number = PatentNumber.parse(raw);
		assertThat(number.normalized()).isEqualTo("201710601862.3");
		assertThat(number.form()).isEqualTo(Form.APPLICATION);
		assertThat(number.type()).isEqualTo(PatentType.INVENTION);
		assertThat(number).hasToString("201710601862.3");
	}

	@Test
	void parsesOldApplicationNumberWithXCheckDigit() {
		PatentNumber number = PatentNumber.parse("ZL95115608.x");
		assertThat(number.normalized()).isEqualTo("95115608.X");
		assertThat(number.type()).isEqualTo(PatentType.INVENTION);
	}

	@Test
	void rejectsApplicationNumberWithWrongCheckDigit() {
		assertThatExceptionOfType(InvalidPatentNumber.class).isThrownBy(() -> PatentNumber.parse("201710601862.4"))
			.extracting(InvalidPatentNumber::reason)
			.isEqualTo(InvalidPatentNumber.Reason.CHECK_DIGIT);
	}

	@Test
	void rejectsTheUnverifiedExampleFromTheBrief() {
		// 201010191580 computes to check digit 9, not 4.
		assertThat(PatentNumber.isValid("201010191580.4")).isFalse();
		assertThat(PatentNumber.checkDigitOf("201010191580")).isEqualTo('9');
	}

	@ParameterizedTest
	@ValueSource(strings = { "201710601862", "ZL201710601862", "", "   ", "CN", "ZL", "2017106018623.3",
			"20171060186.3", "201710601862.Y", "CN105123456", "CN105123456AA", "CN123456A", "CN1051234567A",
			"US105123456A", "ZLCN201710601862.3" })
	void rejectsMalformedInputWithReasonFormat(String raw) {
		assertThatExceptionOfType(InvalidPatentNumber.class).isThrownBy(() -> PatentNumber.parse(raw))
			.extracting(InvalidPatentNumber::reason)
			.isEqualTo(InvalidPatentNumber.Reason.FORMAT);
	}

	@Test
	void rejectsImpossibleYearsWithReasonFormat() {
		String tooEarlyModern = "200210000001";
		String tooLateOld = "04100001";
		String beforePatentLaw = "84100001";
		for (String digits : List.of(tooEarlyModern, tooLateOld, beforePatentLaw)) {
			assertThatExceptionOfType(InvalidPatentNumber.class)
				.isThrownBy(() -> PatentNumber.parse(digits + "." + PatentNumber.checkDigitOf(digits)))
				.extracting(InvalidPatentNumber::reason)
				.isEqualTo(InvalidPatentNumber.Reason.FORMAT);
		}
	}

	@ParameterizedTest
	@CsvSource({ "CN105123456A, INVENTION", "cn 105123456 b, INVENTION", "CN1051234C, INVENTION",
			"CN206123456U, UTILITY_MODEL", "CN2612345Y, UTILITY_MODEL", "CN305123456S, DESIGN",
			"CN3123456D, DESIGN", "CN105123456A8, INVENTION" })
	void parsesPublicationNumbersAndMapsKindCodeToType(String raw, PatentType type) {
		PatentNumber number = PatentNumber.parse(raw);
		assertThat(number.form()).isEqualTo(Form.PUBLICATION);
		assertThat(number.type()).isEqualTo(type);
		assertThat(number.normalized()).isEqualTo(raw.replace(" ", "").toUpperCase());
	}

	@Test
	void rejectsUnknownKindCodeWithReasonType() {
		assertThatExceptionOfType(InvalidPatentNumber.class).isThrownBy(() -> PatentNumber.parse("CN105123456E"))
			.extracting(InvalidPatentNumber::reason)
			.isEqualTo(InvalidPatentNumber.Reason.TYPE);
	}

	@Test
	void constructorAcceptsOnlyConsistentCanonicalComponents() {
		assertThat(new PatentNumber("201710601862.3", Form.APPLICATION, PatentType.INVENTION))
			.isEqualTo(PatentNumber.parse("ZL 2017 1 0601862.3"));
		assertThatExceptionOfType(InvalidPatentNumber.class)
			.isThrownBy(() -> new PatentNumber("ZL201710601862.3", Form.APPLICATION, PatentType.INVENTION))
			.extracting(InvalidPatentNumber::reason)
			.isEqualTo(InvalidPatentNumber.Reason.FORMAT);
		assertThatExceptionOfType(InvalidPatentNumber.class)
			.isThrownBy(() -> new PatentNumber("201710601862.3", Form.APPLICATION, PatentType.DESIGN))
			.extracting(InvalidPatentNumber::reason)
			.isEqualTo(InvalidPatentNumber.Reason.TYPE);
	}

	@Test
	void checkDigitOfRejectsWrongLengthOrNonDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> PatentNumber.checkDigitOf("1234567"));
		assertThatIllegalArgumentException().isThrownBy(() -> PatentNumber.checkDigitOf("20171060186X"));
	}

	@Test
	void treatsNullAsInvalid() {
		assertThat(PatentNumber.isValid(null)).isFalse();
	}

	@Property
	void parsesEveryWrittenVariantOfAValidApplicationNumberToTheSameValue(
			@ForAll("validApplicationDigits") String digits, @ForAll("prefixes") String prefix,
			@ForAll boolean groupSpaces, @ForAll boolean dot, @ForAll boolean lowerCase, @ForAll boolean fullWidth) {
		char check = PatentNumber.checkDigitOf(digits);
		String expected = digits + "." + check;
		int yearLength = (digits.length() == 12) ? 4 : 2;
		String body = groupSpaces
				? digits.substring(0, yearLength) + " " + digits.charAt(yearLength) + " "
						+ digits.substring(yearLength + 1)
				: digits;
		String raw = prefix + body + (dot ? "." : "") + check;
		if (lowerCase) {
			raw = raw.toLowerCase();
		}
		if (fullWidth) {
			raw = toFullWidth(raw);
		}
		PatentNumber number = PatentNumber.parse(raw);
		assertThat(number.normalized()).isEqualTo(expected);
		assertThat(number.form()).isEqualTo(Form.APPLICATION);
		assertThat(number).isEqualTo(PatentNumber.parse(expected));
	}

	@Property
	void mapsTypeDigitToPatentType(@ForAll("validApplicationDigits") String digits) {
		char typeDigit = digits.charAt((digits.length() == 12) ? 4 : 2);
		PatentType expected = switch (typeDigit) {
			case '1', '8' -> PatentType.INVENTION;
			case '2', '9' -> PatentType.UTILITY_MODEL;
			default -> PatentType.DESIGN;
		};
		assertThat(PatentNumber.parse(digits + "." + PatentNumber.checkDigitOf(digits)).type()).isEqualTo(expected);
	}

	// Guaranteed: 11 is prime, weights 2–9 are non-zero mod 11 and a digit changes by
	// at most ±9, so the weighted sum always changes mod 11.
	@Property
	void rejectsEverySingleDigitChange(@ForAll("validApplicationDigits") String digits,
			@ForAll @IntRange(min = 0, max = 11) int index, @ForAll @IntRange(min = 0, max = 9) int newDigit) {
		Assume.that(index < digits.length());
		Assume.that(digits.charAt(index) != (char) ('0' + newDigit));
		String mutated = digits.substring(0, index) + newDigit + digits.substring(index + 1);
		String raw = mutated + "." + PatentNumber.checkDigitOf(digits);
		assertThat(PatentNumber.isValid(raw)).isFalse();
		int serialStart = (digits.length() == 12) ? 5 : 3;
		if (index >= serialStart) {
			// Serial digits can't break year or type, so only the check digit catches it.
			assertThatExceptionOfType(InvalidPatentNumber.class).isThrownBy(() -> PatentNumber.parse(raw))
				.extracting(InvalidPatentNumber::reason)
				.isEqualTo(InvalidPatentNumber.Reason.CHECK_DIGIT);
		}
	}

	@Property
	void rejectsWrongTypeDigitsWithReasonType(@ForAll("validApplicationDigits") String digits,
			@ForAll("invalidTypeDigits") char typeDigit) {
		int typeIndex = (digits.length() == 12) ? 4 : 2;
		String mutated = digits.substring(0, typeIndex) + typeDigit + digits.substring(typeIndex + 1);
		String raw = mutated + "." + PatentNumber.checkDigitOf(mutated);
		assertThatExceptionOfType(InvalidPatentNumber.class).isThrownBy(() -> PatentNumber.parse(raw))
			.extracting(InvalidPatentNumber::reason)
			.isEqualTo(InvalidPatentNumber.Reason.TYPE);
	}

	@Property
	void parsesPublicationNumbersAndMapsKindCodes(@ForAll("publicationDigits") String digits,
			@ForAll("kindCodes") char kind, @ForAll("kindSuffixes") String suffix, @ForAll boolean lowerCase) {
		String canonical = "CN" + digits + kind + suffix;
		PatentNumber number = PatentNumber.parse(lowerCase ? canonical.toLowerCase() : canonical);
		assertThat(number.normalized()).isEqualTo(canonical);
		assertThat(number.form()).isEqualTo(Form.PUBLICATION);
		PatentType expected = switch (kind) {
			case 'A', 'B', 'C' -> PatentType.INVENTION;
			case 'U', 'Y' -> PatentType.UTILITY_MODEL;
			default -> PatentType.DESIGN;
		};
		assertThat(number.type()).isEqualTo(expected);
	}

	@Provide
	Arbitrary<String> validApplicationDigits() {
		Arbitrary<String> typeDigit = Arbitraries.of("1", "2", "3", "8", "9");
		Arbitrary<String> modern = Combinators
			.combine(Arbitraries.integers().between(2003, 2099), typeDigit,
					Arbitraries.strings().numeric().ofLength(7))
			.as((year, type, serial) -> year + type + serial);
		Arbitrary<String> old = Combinators
			.combine(Arbitraries.of(List.of(85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 0, 1, 2, 3)),
					typeDigit, Arbitraries.strings().numeric().ofLength(5))
			.as((year, type, serial) -> "%02d".formatted(year) + type + serial);
		return Arbitraries.oneOf(modern, old);
	}

	@Provide
	Arbitrary<String> prefixes() {
		return Arbitraries.of("", "ZL", "CN", "ZL ", "CN ", "zl", "Cn");
	}

	@Provide
	Arbitrary<Character> invalidTypeDigits() {
		return Arbitraries.of('0', '4', '5', '6', '7');
	}

	@Provide
	Arbitrary<String> publicationDigits() {
		return Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(9);
	}

	@Provide
	Arbitrary<Character> kindCodes() {
		return Arbitraries.of('A', 'B', 'C', 'U', 'Y', 'S', 'D');
	}

	@Provide
	Arbitrary<String> kindSuffixes() {
		return Arbitraries.of("", "8", "9");
	}

	private static String toFullWidth(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		s.chars().forEach((c) -> sb.append((c == ' ') ? '\u3000' : (char) (c + 0xFEE0)));
		return sb.toString();
	}

}
