package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The zero-setup run on H2: the limits hold in the instance's memory, per action and client. */
class ClientLimitsTests {

	private final ClientLimits limits = new ClientLimits(
			new DriverManagerDataSource("jdbc:h2:mem:limits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", ""),
			new ClientLimitProperties(new ClientLimitProperties.Limit(3, Duration.ofHours(1)), null, null, null));

	@Test
	void onH2AClientGetsItsRequestsThenWaits() {
		for (int i = 1; i <= 3; i++) {
			assertThat(this.limits.take(LimitedAction.SIGN_IN, "10.0.0.1")).as("sign-in %d", i).isEmpty();
		}

		assertThat(this.limits.take(LimitedAction.SIGN_IN, "10.0.0.1")).as("the fourth sign-in")
			.hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20)));
		assertThat(this.limits.take(LimitedAction.SIGN_IN, "10.0.0.2")).as("another client").isEmpty();
		assertThat(this.limits.take(LimitedAction.REGISTRATION, "10.0.0.1")).as("another action").isEmpty();
	}

	@Test
	void unsetLimitsTakeTheDefaults() {
		ClientLimitProperties defaults = new ClientLimitProperties(null, null, null, null);

		assertThat(defaults.of(LimitedAction.SIGN_IN))
			.isEqualTo(new ClientLimitProperties.Limit(ClientLimitProperties.SIGN_IN_REQUESTS, Duration.ofMinutes(1)));
		assertThat(defaults.of(LimitedAction.REGISTRATION)).isEqualTo(
				new ClientLimitProperties.Limit(ClientLimitProperties.REGISTRATION_REQUESTS, Duration.ofHours(1)));
	}

}
