package org.hengqiao.deal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class DealStageTests {

	@Test
	void eachStageMovesOnlyToTheNextOneOrIsLostBeforeTheContract() {
		assertThat(targets(DealStage.CONTACTED)).containsExactly(DealStage.NDA_SIGNED, DealStage.LOST);
		assertThat(targets(DealStage.NDA_SIGNED)).containsExactly(DealStage.NEGOTIATING, DealStage.LOST);
		assertThat(targets(DealStage.NEGOTIATING)).containsExactly(DealStage.CONTRACT_SIGNED, DealStage.LOST);
		assertThat(targets(DealStage.CONTRACT_SIGNED)).as("a signed deal is no longer lost")
			.containsExactly(DealStage.IN_EXECUTION);
		assertThat(targets(DealStage.IN_EXECUTION)).containsExactly(DealStage.COMPLETED);
		assertThat(targets(DealStage.COMPLETED)).isEmpty();
		assertThat(targets(DealStage.LOST)).isEmpty();
		assertThat(targets(DealStage.DISPUTED)).isEmpty();
		assertThat(targets(DealStage.VOIDED)).isEmpty();
	}

	private static DealStage[] targets(DealStage from) {
		return Arrays.stream(DealStage.values()).filter(from::canMoveTo).toArray(DealStage[]::new);
	}

}
