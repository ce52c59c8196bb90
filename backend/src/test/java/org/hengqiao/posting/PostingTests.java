package org.hengqiao.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PostingTests {

	static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

	static final class Sample extends Posting {

		Sample() {
			super(1L, 2L, content("标题"), NOW);
		}

		@Override
		public PostingKind kind() {
			return PostingKind.RESULT;
		}

		void revise(String title) {
			reviseContent(content(title));
		}

		@Override
		protected void describeDetails(Map<String, Object> values) {
		}

	}

	static PostingContent content(String title) {
		return new PostingContent(title, "说明", "MAT.NONFERROUS", Set.of(IndustryCluster.NEW_MATERIALS),
				List.of(" 铜 ", "铜", ""), Set.of(CooperationMode.TRANSFER), new Amount(false, 10L, null), "430407", null,
				new Contact("王工", "0734-1234567", null), ContactVisibility.PUBLIC);
	}

	@Test
	void startsAsADraft() {
		assertThat(new Sample().status()).isEqualTo(PostingStatus.DRAFT);
	}

	@Test
	void normalisesItsContent() {
		Sample sample = new Sample();

		assertThat(sample.keywords()).as("trimmed, without blanks and repeats").containsExactly("铜");
		assertThat(sample.amount()).as("a fixed amount").isEqualTo(new Amount(false, 10L, 10L));
	}

	@Test
	void publishingKeepsTheFirstPublicationDate() {
		Sample sample = new Sample();
		sample.submit(NOW);
		sample.approve(NOW);
		sample.edited(NOW.plusSeconds(60));
		assertThat(sample.status()).as("an edit of a published posting goes back to review")
			.isEqualTo(PostingStatus.SUBMITTED);

		sample.approve(NOW.plusSeconds(120));

		assertThat(sample.publishedAt()).isEqualTo(NOW);
	}

	@Test
	void refusesIllegalTransitionsNamingBothStatuses() {
		Sample sample = new Sample();

		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> sample.approve(NOW))
			.satisfies(ex -> assertThat(ex.properties()).containsEntry("from", "DRAFT").containsEntry("to", "PUBLISHED"));
		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> sample.close(CloseOutcome.MATCHED, NOW));
	}

	@Test
	void onlyNeedsExpire() {
		Sample sample = new Sample();
		sample.submit(NOW);

		assertThatExceptionOfType(IllegalTransition.class).isThrownBy(() -> sample.expire(NOW));
	}

	@Test
	void closedPostingsCannotBeEdited() {
		Sample sample = new Sample();
		sample.submit(NOW);
		sample.approve(NOW);
		sample.close(CloseOutcome.MATCHED, NOW);

		assertThatExceptionOfType(PostingNotEditable.class).isThrownBy(sample::requireEditable);
	}

	@Test
	void snapshotsDifferOnlyInWhatChanged() {
		Sample sample = new Sample();
		Map<String, Object> before = sample.snapshot();

		sample.revise("新标题");

		assertThat(PostingJournal.diff(before, sample.snapshot()))
			.containsExactly(new PostingJournal.FieldChange("title", "标题", "新标题"));
	}

	@Test
	void summariesCutLongTextsAtWholeCharacters() {
		String text = "𠀀".repeat(200);

		assertThat(PostingSummary.summarise(text)).hasSize(2 * PostingSummary.SUMMARY_LENGTH + 1).endsWith("…");
		assertThat(PostingSummary.summarise("短  文本\n")).isEqualTo("短 文本");
	}

}
