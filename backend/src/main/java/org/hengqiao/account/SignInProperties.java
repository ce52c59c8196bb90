package org.hengqiao.account;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins slow down ({@link SignInThrottle}) and how known browsers are recognised
 * ({@link DeviceCookies}).
 *
 * @param failures failed attempts of one bucket within {@code window} before it must wait
 * @param window how long failures count together
 * @param firstDelay the first wait; each further one of the same bucket is twice the one before
 * @param maxDelay the longest wait
 * @param forgetAfter a bucket without failures this long starts again from {@code firstDelay}
 * @param deviceKey the key that signs device cookies (at least 32 characters); when empty, one is generated once
 * and kept in the database, so every instance signs with the same key
 * @param deviceCookieLifetime how long a browser stays known after its last successful sign-in
 */
@ConfigurationProperties("hengqiao.sign-in")
record SignInProperties(@DefaultValue("5") int failures, @DefaultValue("15m") Duration window,
		@DefaultValue("1m") Duration firstDelay, @DefaultValue("1h") Duration maxDelay,
		@DefaultValue("24h") Duration forgetAfter, @Nullable String deviceKey,
		@DefaultValue("365d") Duration deviceCookieLifetime) {

	SignInProperties {
		if (failures < 1) {
			throw new IllegalArgumentException("hengqiao.sign-in.failures must be at least 1");
		}
		if (deviceKey != null && !deviceKey.isBlank() && deviceKey.length() < 32) {
			throw new IllegalArgumentException("hengqiao.sign-in.device-key must have at least 32 characters");
		}
	}

	/** The wait after the given number of earlier delays: doubling from {@code firstDelay}, capped. */
	Duration delayAfter(int earlierDelays) {
		Duration delay = this.firstDelay;
		for (int i = 0; i < earlierDelays && delay.compareTo(this.maxDelay) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(this.maxDelay) < 0 ? delay : this.maxDelay;
	}

}
