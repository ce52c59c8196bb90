package org.hengqiao.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class InterestTests {

	private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

	@Test
	void staysOpenForTheUniqueIndexUntilDeclinedOrWithdrawn() {
		Interest accepted = anInterest();
		accepted.accept(7, NOW);
		assertThat(ReflectionTestUtils.getField(accepted, "openPostingId")).as("accepted is still open").isEqualTo(10L);

		Interest declined = anInterest();
		declined.decline(7, "已与他方合作", NOW);
		assertThat(ReflectionTestUtils.getField(declined, "openPostingId")).as("declined frees the pair").isNull();
		assertThat(declined.declineReason()).isEqualTo("已与他方合作");

		Interest withdrawn = anInterest();
		withdrawn.withdraw(3, NOW);
		assertThat(ReflectionTestUtils.getField(withdrawn, "openPostingId")).as("withdrawn frees the pair").isNull();
	}

	@Test
	void refusesAnsweringAnythingButAPendingInterest() {
		Interest interest = anInterest();
		interest.accept(7, NOW);
		assertThatThrownBy(() -> interest.decline(7, null, NOW)).isInstanceOf(InterestAlreadyAnswered.class);
		assertThatThrownBy(() -> interest.withdraw(3, NOW)).isInstanceOf(InterestAlreadyAnswered.class);
		assertThat(interest.status()).isEqualTo(InterestStatus.ACCEPTED);
	}

	private static Interest anInterest() {
		Interest interest = new Interest(10, 1, 2, null, "想合作", 3, null, NOW);
		ReflectionTestUtils.setField(interest, "id", 99L);
		return interest;
	}

}
