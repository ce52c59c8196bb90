package org.hengqiao.account;

import java.time.Instant;
import java.util.Map;

import org.hengqiao.system.DomainException;

/** Too many failed sign-ins: the account refuses passwords until the lock ends. */
class SignInLocked extends DomainException {

	private final Instant until;

	private final long retryAfterSeconds;

	SignInLocked(Instant until, long retryAfterSeconds) {
		super(Kind.TOO_MANY_REQUESTS, "signInLocked", (retryAfterSeconds + 59) / 60);
		this.until = until;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("lockedUntil", this.until.toString(), "retryAfterSeconds", this.retryAfterSeconds);
	}

}
