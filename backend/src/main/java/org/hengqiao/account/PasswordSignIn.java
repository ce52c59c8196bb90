package org.hengqiao.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks an email and password, throttled by {@link SignInThrottle} in the bucket of the client: its own when it
 * presents a valid device cookie of the account (the token's details, a {@link KnownDevice}), else the bucket of
 * every untrusted client of the email. An unknown email is throttled and costs the same password hashing as a
 * known one and fails with the same exception, so neither the answer nor its timing tells whether the email is
 * registered. A hash in an older format is upgraded to the current one after a successful sign-in.
 */
class PasswordSignIn implements AuthenticationProvider {

	private final Accounts accounts;

	private final SignInThrottle throttle;

	private final SessionGenerations sessions;

	private final PasswordEncoder passwords;

	private final ActorLoader actors;

	private final TransactionTemplate transactions;

	/** Compared against when the email is unknown, so that both cases take as long. */
	private final String decoyHash;

	PasswordSignIn(Accounts accounts, SignInThrottle throttle, SessionGenerations sessions, PasswordEncoder passwords,
			ActorLoader actors, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.sessions = sessions;
		this.passwords = passwords;
		this.actors = actors;
		this.transactions = transactions;
		this.decoyHash = passwords.encode("decoy password that no account has");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName().strip().toLowerCase(Locale.ROOT);
		String password = String.valueOf(authentication.getCredentials());
		Optional<Account> found = this.accounts.findByEmail(email);
		KnownDevice device = (authentication.getDetails() instanceof KnownDevice known) ? known
				: accountId -> Optional.empty();
		SignInBucket bucket = found.flatMap(account -> device.nonceFor(account.id()))
			.map(SignInBucket::device)
			.orElseGet(() -> SignInBucket.untrusted(email));
		Optional<Duration> wait = this.throttle.reserve(bucket);
		if (wait.isPresent()) {
			throw new SignInThrottledException(wait.get());
		}
		if (found.isEmpty()) {
			this.passwords.matches(password, this.decoyHash);
			throw new BadCredentialsException("Wrong email or password");
		}
		Account account = found.get();
		if (!this.passwords.matches(password, account.passwordHash())) {
			throw new BadCredentialsException("Wrong email or password");
		}
		this.throttle.succeeded(bucket);
		if (this.passwords.upgradeEncoding(account.passwordHash())) {
			upgrade(account.id(), password);
		}
		Actor actor = this.actors.load(account.id())
			.orElseThrow(() -> new BadCredentialsException("The account went away while signing in"));
		return RefreshingSecurityContextRepository.authenticated(actor, this.sessions.current(account.id()));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private void upgrade(long accountId, String password) {
		String hash = this.passwords.encode(password);
		this.transactions.executeWithoutResult(status -> this.accounts.findById(accountId)
			.ifPresent(account -> account.changePasswordHash(hash)));
	}

	/** Which device cookie nonce, if any, the signing-in client holds for an account ({@link DeviceCookies}). */
	@FunctionalInterface
	interface KnownDevice {

		Optional<String> nonceFor(long accountId);

	}

	/** The client's bucket failed too often; says how long it must wait. */
	static class SignInThrottledException extends LockedException {

		private final Duration wait;

		SignInThrottledException(Duration wait) {
			super("Too many failed sign-ins from this kind of client");
			this.wait = wait;
		}

		Duration retryAfter() {
			return this.wait;
		}

	}

}
