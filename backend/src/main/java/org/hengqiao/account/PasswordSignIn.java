package org.hengqiao.account;

import java.time.Instant;
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
 * Checks an email and password, throttled by {@link SignInAttempts}. An unknown email costs the same password
 * hashing as a known one and fails with the same exception, so neither the answer nor its timing tells whether
 * the email is registered. A hash in an older format is upgraded to the current one after a successful sign-in.
 */
class PasswordSignIn implements AuthenticationProvider {

	private final Accounts accounts;

	private final SignInAttempts attempts;

	private final PasswordEncoder passwords;

	private final ActorLoader actors;

	private final TransactionTemplate transactions;

	/** Compared against when the email is unknown, so that both cases take as long. */
	private final String decoyHash;

	PasswordSignIn(Accounts accounts, SignInAttempts attempts, PasswordEncoder passwords, ActorLoader actors,
			TransactionTemplate transactions) {
		this.accounts = accounts;
		this.attempts = attempts;
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
		if (found.isEmpty()) {
			this.passwords.matches(password, this.decoyHash);
			throw new BadCredentialsException("Wrong email or password");
		}
		Account account = found.get();
		Optional<Instant> lockedUntil = this.attempts.reserve(account.id());
		if (lockedUntil.isPresent()) {
			throw new SignInLockedException(lockedUntil.get());
		}
		if (!this.passwords.matches(password, account.passwordHash())) {
			throw new BadCredentialsException("Wrong email or password");
		}
		this.attempts.succeeded(account.id());
		if (this.passwords.upgradeEncoding(account.passwordHash())) {
			upgrade(account.id(), password);
		}
		Actor actor = this.actors.load(account.id())
			.orElseThrow(() -> new BadCredentialsException("The account went away while signing in"));
		return RefreshingSecurityContextRepository.authenticated(actor);
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

	/** The account is locked after too many failed sign-ins; says until when. */
	static class SignInLockedException extends LockedException {

		private final Instant until;

		SignInLockedException(Instant until) {
			super("Locked after too many failed sign-ins");
			this.until = until;
		}

		Instant until() {
			return this.until;
		}

	}

}
