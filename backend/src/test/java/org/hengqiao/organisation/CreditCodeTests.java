package org.hengqiao.organisation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CreditCode}.
 */
class CreditCodeTests {

	private static final String FORBIDDEN_LETTERS = "IOZSV";

	// Published codes of well-known companies (e.g. on Wikipedia / public registries);
	// each passes both the mod-31 and the GB 11714 check, which a wrong recollection
	// would do only with probability 1/341.
	@ParameterizedTest
	@ValueSource(strings = { "914403001922038216", // 华为技术有限公司
			"9144030071526726XG", // 腾讯科技（深圳）有限公司
			"91330100799655058B", // 阿里巴巴（中国）有限公司
			"91110000802100433B" // 北京百度网讯科技有限公司
	})
	void acceptsPublishedCodesOfRealCompanies(String code) {
		assertThat(CreditCode.parse(code).value()).isEqualTo(code);
		assertThat(CreditCode.isValid(code)).isTrue();
	}

	@Test
	void computesCheckCharacterOfPublishedCode() {
		assertThat(CreditCode.checkCharacterOf("9144030071526726X")).isEqualTo('G');
		assertThat(CreditCode.checkCharacterOf("91440300192203821")).isEqualTo('6');
	}

	@Test
	void exposesItsParts() {
		CreditCode code = CreditCode.parse("914403001922038216");
		assertThat(code.registrationAuthority()).isEqualTo('9');
		assertThat(code.organisationCategory()).isEqualTo('1');
		assertThat(code.divisionCode()).isEqualTo("440300");
		assertThat(code.organisationCode()).isEqualTo("192203821");
		assertThat(code).hasToString("914403001922038216");
	}

	@Test
	void normalisesFullWidthLowerCaseAndSurroundingWhitespace() {
		assertThat(CreditCode.parse("　９１４４０３００７１５２６７２６ｘｇ ").value()).isEqualTo("9144030071526726XG");
		assertThat(CreditCode.parse("\t9144030071526726xg\n").value()).isEqualTo("9144030071526726XG");
	}

	@Test
	void rejectsCodeWithWrongCheckCharacter() {
		assertThatExceptionOfType(InvalidCreditCode.class).isThrownBy(() -> CreditCode.parse("914403001922038217"))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(InvalidCreditCode.Reason.CHECK_CHARACTER);
				assertThat(ex.position()).hasValue(18);
			});
	}

	@Test
	void rejectsCodeFromTheBriefThatFailsTheCheck() {
		// Offered as an example but unverified: its check character should be '3'.
		assertThat(CreditCode.isValid("91430400MA4L1RCA3E")).isFalse();
	}

	@Test
	void rejectsCodeWhoseOrganisationCodeIsInconsistentEvenIfMod31CheckPasses() {
		String first17 = "91440300192203822"; // organisation check char 1 changed to 2
		String code = first17 + CreditCode.checkCharacterOf(first17);
		assertThatExceptionOfType(InvalidCreditCode.class).isThrownBy(() -> CreditCode.parse(code))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(InvalidCreditCode.Reason.ORGANISATION_CODE);
				assertThat(ex.position()).hasValue(17);
			});
	}

	@Test
	void rejectsLetterInDivisionCode() {
		String first17 = "9144A300192203821";
		String code = first17 + CreditCode.checkCharacterOf(first17);
		assertThatExceptionOfType(InvalidCreditCode.class).isThrownBy(() -> CreditCode.parse(code))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(InvalidCreditCode.Reason.DIVISION);
				assertThat(ex.position()).hasValue(5);
			});
	}

	@Test
	void rejectsNonCanonicalValueInConstructor() {
		assertThatExceptionOfType(InvalidCreditCode.class).isThrownBy(() -> new CreditCode("9144030071526726xg"))
			.extracting(InvalidCreditCode::reason)
			.isEqualTo(InvalidCreditCode.Reason.CHARACTER);
	}

	@Test
	void treatsNullAsInvalid() {
		assertThat(CreditCode.isValid(null)).isFalse();
	}

	@Test
	void rejectsMalformedInputToCheckCharacterOf() {
		assertThatExceptionOfType(InvalidCreditCode.class).isThrownBy(() -> CreditCode.checkCharacterOf("9144"))
			.extracting(InvalidCreditCode::reason)
			.isEqualTo(InvalidCreditCode.Reason.LENGTH);
		assertThatExceptionOfType(InvalidCreditCode.class)
			.isThrownBy(() -> CreditCode.checkCharacterOf("9144030019220382I"))
			.extracting(InvalidCreditCode::reason)
			.isEqualTo(InvalidCreditCode.Reason.CHARACTER);
	}

	@Property
	void parsesEveryGeneratedValidCode(@ForAll("validCodes") String code) {
		CreditCode parsed = CreditCode.parse(code);
		assertThat(parsed.value()).isEqualTo(code);
		assertThat(parsed.divisionCode()).isEqualTo(code.substring(2, 8));
	}

	// Detection is guaranteed: 31 is prime, every weight is non-zero mod 31 (and the
	// check character acts with weight 1), and two distinct values differ by less
	// than 31, so the weighted sum always changes mod 31.
	@Property
	void rejectsEverySingleCharacterSubstitution(@ForAll("validCodes") String code,
			@ForAll @IntRange(min = 0, max = 17) int position, @ForAll("alphabetCharacters") char replacement) {
		Assume.that(code.charAt(position) != replacement);
		String mutated = code.substring(0, position) + replacement + code.substring(position + 1);
		assertThat(CreditCode.isValid(mutated)).isFalse();
	}

	// Also guaranteed: swapping positions i and i+1 changes the sum by
	// (a - b)(w[i+1] - w[i]). Within positions 1–17 w[i+1] = 3·w[i], so the factor is
	// 2·w[i] ≠ 0 mod 31; for positions 17/18 it is 1 - 28 = -27 ≠ 0 mod 31.
	@Property
	void rejectsEverySwapOfTwoAdjacentDifferentCharacters(@ForAll("validCodes") String code,
			@ForAll @IntRange(min = 0, max = 16) int position) {
		Assume.that(code.charAt(position) != code.charAt(position + 1));
		String swapped = code.substring(0, position) + code.charAt(position + 1) + code.charAt(position)
				+ code.substring(position + 2);
		assertThat(CreditCode.isValid(swapped)).isFalse();
	}

	@Property
	void acceptsLowerCaseFullWidthAndPaddedVariants(@ForAll("validCodes") String code) {
		assertThat(CreditCode.parse(code.toLowerCase()).value()).isEqualTo(code);
		assertThat(CreditCode.parse(toFullWidth(code)).value()).isEqualTo(code);
		assertThat(CreditCode.parse(toFullWidth(code.toLowerCase())).value()).isEqualTo(code);
		assertThat(CreditCode.parse(" \u3000" + code + "\t").value()).isEqualTo(code);
	}

	@Property
	void rejectsStringsOfWrongLengthWithReasonLength(@ForAll("wrongLengthStrings") String raw) {
		assertThatExceptionOfType(InvalidCreditCode.class).isThrownBy(() -> CreditCode.parse(raw))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(InvalidCreditCode.Reason.LENGTH);
				assertThat(ex.position()).isEmpty();
			});
	}

	@Property
	void rejectsForbiddenLettersWithReasonCharacterAndPosition(@ForAll("validCodes") String code,
			@ForAll @IntRange(min = 0, max = 17) int position, @ForAll("forbiddenLetters") char letter) {
		String mutated = code.substring(0, position) + letter + code.substring(position + 1);
		assertThatExceptionOfType(InvalidCreditCode.class).isThrownBy(() -> CreditCode.parse(mutated))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo(InvalidCreditCode.Reason.CHARACTER);
				assertThat(ex.position()).hasValue(position + 1);
			});
	}

	@Property
	void reportsCheckCharacterFailureForWrongLastCharacter(@ForAll("validCodes") String code,
			@ForAll("alphabetCharacters") char replacement) {
		Assume.that(code.charAt(17) != replacement);
		String mutated = code.substring(0, 17) + replacement;
		assertThatExceptionOfType(InvalidCreditCode.class).isThrownBy(() -> CreditCode.parse(mutated))
			.extracting(InvalidCreditCode::reason)
			.isEqualTo(InvalidCreditCode.Reason.CHECK_CHARACTER);
	}

	@Provide
	Arbitrary<String> validCodes() {
		Arbitrary<String> authorityAndCategory = alphabetStrings().ofLength(2);
		Arbitrary<String> division = Arbitraries.strings().numeric().ofLength(6);
		Arbitrary<String> organisationBody = alphabetStrings().ofLength(8);
		return Combinators.combine(authorityAndCategory, division, organisationBody).as((head, div, body) -> {
			String first17 = head + div + body + CreditCode.organisationCheckCharacterOf(body);
			return first17 + CreditCode.checkCharacterOf(first17);
		});
	}

	@Provide
	Arbitrary<Character> alphabetCharacters() {
		return Arbitraries.of(CreditCode.ALPHABET.chars().mapToObj((c) -> (char) c).toList());
	}

	private static StringArbitrary alphabetStrings() {
		return Arbitraries.strings().withChars(CreditCode.ALPHABET.toCharArray());
	}

	@Provide
	Arbitrary<Character> forbiddenLetters() {
		String both = FORBIDDEN_LETTERS + FORBIDDEN_LETTERS.toLowerCase();
		return Arbitraries.of(both.chars().mapToObj((c) -> (char) c).toList());
	}

	@Provide
	Arbitrary<String> wrongLengthStrings() {
		return alphabetStrings().ofMaxLength(40).filter((s) -> s.length() != CreditCode.LENGTH);
	}

	private static String toFullWidth(String s) {
		StringBuilder sb = new StringBuilder(s.length());
		s.chars().forEach((c) -> sb.append((char) (c + 0xFEE0)));
		return sb.toString();
	}

}
