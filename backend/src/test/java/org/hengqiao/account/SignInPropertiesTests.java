package org.hengqiao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInPropertiesTests {

	private final SignInProperties defaults = new SignInProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
			Duration.ofHours(1), Duration.ofHours(24), null, Duration.ofDays(365));

	@Test
	void delaysDoubleUpToTheCap() {
		assertThat(this.defaults.delayAfter(0)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.defaults.delayAfter(1)).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.defaults.delayAfter(5)).isEqualTo(Duration.ofMinutes(32));
		assertThat(this.defaults.delayAfter(6)).as("64 minutes, capped").isEqualTo(Duration.ofHours(1));
		assertThat(this.defaults.delayAfter(1_000)).as("no overflow after many rounds").isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aShortDeviceKeyStopsTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SignInProperties(5, Duration.ofMinutes(15),
				Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24), "too short", Duration.ofDays(365)));
	}

}
