package org.hengqiao.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassagesTests {

	@Test
	void showsTheSentencesWithSharedTermsInTextOrder() {
		String filler = "此处为与主题无关的背景介绍文字。".repeat(8);
		String first = "采用湿法工艺回收铅锌，回收率达到百分之九十五。";
		String second = "最后对重金属浸出进行了评价。";
		List<String> passages = Passages.of(first + filler + second + filler, List.of("铅锌", "回收", "重金属"));
		assertThat(passages).containsExactly("采用湿法工艺<em>回收</em><em>铅锌</em>，<em>回收</em>率达到百分之九十五。",
				"最后对<em>重金属</em>浸出进行了评价。");
	}

	@Test
	void keepsAtMostThreePassagesOfAboutAHundredAndTwentyCharacters() {
		String sentence = "电池回收工艺需要高效分离正极材料与集流体。";
		List<String> passages = Passages.of(sentence.repeat(40), List.of("电池"));
		assertThat(passages).hasSize(3);
		assertThat(passages).allSatisfy(p -> assertThat(strip(p).length()).isLessThanOrEqualTo(Passages.LENGTH));
	}

	@Test
	void cutsASentenceLongerThanAPassage() {
		String longSentence = "材".repeat(300) + "电池";
		List<String> passages = Passages.of(longSentence, List.of("电池"));
		assertThat(passages).hasSize(1);
		assertThat(passages.get(0)).endsWith("<em>电池</em>");
	}

	@Test
	void withoutASharedTermShowsTheOpeningEscaped() {
		String text = "a<b " + "文".repeat(200);
		List<String> passages = Passages.of(text, List.of("电池"));
		assertThat(passages).containsExactly("a&lt;b " + "文".repeat(Passages.OPENING - 4));
		assertThat(Passages.of("", List.of("电池"))).isEmpty();
	}

	private static String strip(String highlighted) {
		return highlighted.replace("<em>", "").replace("</em>", "");
	}

}
