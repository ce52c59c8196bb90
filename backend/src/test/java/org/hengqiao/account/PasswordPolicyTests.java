package org.hengqiao.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongUncommonPassword() {
		assertThat(this.policy.check("Hengyang-bridge-2026", "zhang.san@example.cn")).isEmpty();
	}

	@Test
	void acceptsALongPassphraseWithoutAnyCharacterClassRules() {
		assertThat(this.policy.check("xiangjiang river in spring", "zhang.san@example.cn")).isEmpty();
	}

	@Test
	void refusesPasswordsShorterThanTenCharacters() {
		assertThat(this.policy.check("Tr0ub4d&3", "zhang.san@example.cn")).get()
			.extracting(PasswordPolicy.Violation::messageKey)
			.isEqualTo("account.password.tooShort");
	}

	@Test
	void countsCharactersNotBytes() {
		assertThat(this.policy.check("衡阳是一座美丽的城市啊", "zhang.san@example.cn")).as("eleven Chinese characters").isEmpty();
		assertThat(this.policy.check("衡阳是一座美丽城市", "zhang.san@example.cn")).as("nine Chinese characters")
			.get()
			.extracting(PasswordPolicy.Violation::messageKey)
			.isEqualTo("account.password.tooShort");
	}

	@Test
	void refusesPasswordsLongerThanTheLimit() {
		assertThat(this.policy.check("a".repeat(129) + "-x", "zhang.san@example.cn")).get()
			.extracting(PasswordPolicy.Violation::messageKey)
			.isEqualTo("account.password.tooLong");
	}

	@Test
	void refusesPasswordsContainingTheEmailsLocalPartWhateverTheCase() {
		assertThat(this.policy.check("my-ZHANGSAN-password", "ZhangSan@example.cn")).get()
			.extracting(PasswordPolicy.Violation::messageKey)
			.isEqualTo("account.password.containsEmail");
	}

	@Test
	void ignoresVeryShortLocalParts() {
		assertThat(this.policy.check("a long enough phrase", "li@example.cn")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "woaini1314", "qwertyuiop", "a123456789", "1234567890", "QWERTYUIOP", "Password123",
			"1qaz2wsx3edc", "iloveyou1314", "zxcvbnm123", "1111111111" })
	void refusesCommonPasswordsIgnoringCase(String password) {
		assertThat(this.policy.check(password, "someone@example.cn")).as(password)
			.get()
			.extracting(PasswordPolicy.Violation::messageKey)
			.isEqualTo("account.password.common");
	}

	@Test
	void shipsAboutAThousandCommonPasswords() {
		assertThat(this.policy.commonPasswordCount()).isBetween(1000, 2000);
	}

}
