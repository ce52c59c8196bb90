package org.hengqiao.account;

import java.time.Duration;
import java.util.Map;

import org.hengqiao.system.DomainException;

/**
 * Too many failed attempts from this kind of client (see {@link SignInThrottle}): it must wait before the next
 * password is even checked. Other clients, the owner's known browsers and open sessions are unaffected.
 */
class SignInThrottled extends DomainException {

	private final long retryAfterSeconds;

	SignInThrottled(Duration wait) {
		this(seconds(wait));
	}

	private SignInThrottled(long retryAfterSeconds) {
		super(Kind.TOO_MANY_REQUESTS, "signInThrottled", retryAfterSeconds);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("retryAfterSeconds", this.retryAfterSeconds);
	}

	/** Rounded up: a client that waits exactly this long must find the wait over. */
	private static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}
