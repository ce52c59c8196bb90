package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTests {

	@Test
	void tabsLineBreaksAndEveryScriptAreClean() {
		assertThat(CleanText.isClean("第一行\n第二行\r\n\t缩进 English عربي\u200F 😀")).isTrue();
	}

	@Test
	void controlCharactersSeparatorsAndBidiControlsAreNot() {
		for (String refused : new String[] { "\u0000", "\u0007", "\u001E", "\u001F", "\u007F", "\u0085", "\u009B",
				"\u202A", "\u202E", "\u2066", "\u2069", "\uD800", "x\uDC00" }) {
			assertThat(CleanText.isClean("正文" + refused + "正文")).as("U+%04X", (int) refused.charAt(refused.length() - 1))
				.isFalse();
		}
	}

	@Test
	void malformedPercentEncodingAndUncleanParametersAreNamed() {
		assertThat(QueryStringFilter.badPart("q=%", "/api/v1/search")).hasValue("q");
		assertThat(QueryStringFilter.badPart("q=%C0", "/api/v1/search")).hasValue("q");
		assertThat(QueryStringFilter.badPart("kind=NEED&page=%zz", "/api/v1/search")).hasValue("page");
		assertThat(QueryStringFilter.badPart("q=%E2%80%AE", "/api/v1/search")).hasValue("q");
		assertThat(QueryStringFilter.badPart("%zz=1", "/api/v1/search")).hasValue("query");
		assertThat(QueryStringFilter.badPart(null, "/api/v1/needs/%E2%80%AE")).hasValue("path");
		assertThat(QueryStringFilter.badPart("q=%E9%93%85+%E9%94%8C&page=2&flag", "/api/v1/search")).isEmpty();
	}

}
