package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkupTests {

	@Test
	void aHighlighterFragmentIsEscapedBeforeItsMatchesAreMarked() {
		assertThat(Markup.highlighted("<img src=x onerror=\"alert('1')\">" + Markup.MATCH_START + "锂" + Markup.MATCH_END
				+ Markup.MATCH_START + "电" + Markup.MATCH_END + " & <b>"))
			.isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;<em>锂电</em> &amp; &lt;b&gt;");
	}

	@Test
	void aMarkLeftOpenByAFragmentBoundaryIsClosedAndAStrayEndDropped() {
		assertThat(Markup.highlighted(Markup.MATCH_END + "a" + Markup.MATCH_START + "b")).isEqualTo("a<em>b</em>");
	}

	@Test
	void termsAreFoundInTheRawTextSoNoneIsMarkedInsideAnEntity() {
		assertThat(Markup.highlighted("R&D <amp> lt", List.of("amp", "lt", "R&D")))
			.isEqualTo("<em>R&amp;D</em> &lt;<em>amp</em>&gt; <em>lt</em>");
	}

}
