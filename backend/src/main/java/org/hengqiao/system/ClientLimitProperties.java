package org.hengqiao.system;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one client address may make to the endpoints anyone can call without an account, whatever it
 * sends: each limit is a token bucket of {@code requests} tokens refilled evenly over {@code per}
 * ({@link ClientLimits}). The defaults let a person and a busy office behind one address work normally while
 * keeping a single client from trying passwords on many accounts, mass-registering or making the matching engine
 * compute for it without end.
 *
 * @param signIn {@code POST /api/v1/session}
 * @param registration {@code POST /api/v1/registrations}
 * @param passwordReset {@code POST /api/v1/password-reset} (asking for the e-mail, not setting the password)
 * @param anonymousMatch {@code POST /api/v1/match} by visitors who are not signed in
 */
@ConfigurationProperties("hengqiao.limits")
record ClientLimitProperties(Limit signIn, Limit registration, Limit passwordReset, Limit anonymousMatch) {

	static final int SIGN_IN_REQUESTS = 20;

	static final int REGISTRATION_REQUESTS = 10;

	static final int PASSWORD_RESET_REQUESTS = 10;

	static final int ANONYMOUS_MATCH_REQUESTS = 30;

	ClientLimitProperties(@Nullable Limit signIn, @Nullable Limit registration, @Nullable Limit passwordReset,
			@Nullable Limit anonymousMatch) {
		this.signIn = Limit.orDefault(signIn, SIGN_IN_REQUESTS, Duration.ofMinutes(1));
		this.registration = Limit.orDefault(registration, REGISTRATION_REQUESTS, Duration.ofHours(1));
		this.passwordReset = Limit.orDefault(passwordReset, PASSWORD_RESET_REQUESTS, Duration.ofHours(1));
		this.anonymousMatch = Limit.orDefault(anonymousMatch, ANONYMOUS_MATCH_REQUESTS, Duration.ofMinutes(1));
	}

	Limit of(LimitedAction action) {
		return switch (action) {
			case SIGN_IN -> this.signIn;
			case REGISTRATION -> this.registration;
			case PASSWORD_RESET -> this.passwordReset;
			case ANONYMOUS_MATCH -> this.anonymousMatch;
		};
	}

	/**
	 * @param requests how many requests a client may make at once, and per {@code per}
	 * @param per how long the bucket takes to refill completely
	 */
	record Limit(int requests, @Nullable Duration per) {

		static Limit orDefault(@Nullable Limit limit, int requests, Duration per) {
			if (limit == null) {
				return new Limit(requests, per);
			}
			return new Limit(limit.requests() > 0 ? limit.requests() : requests,
					limit.per() != null ? limit.per() : per);
		}

		Duration period() {
			return this.per != null ? this.per : Duration.ofMinutes(1);
		}

	}

}
