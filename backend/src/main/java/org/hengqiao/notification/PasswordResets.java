package org.hengqiao.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.account.AccountManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by e-mail. Asking never tells whether an account has the address (same answer, and the same
 * work in the database, either way); at most {@value #MAX_REQUESTS} requests per address per
 * {@link #REQUEST_WINDOW} send a mail. The token is 32 random bytes, stored only as its SHA-256 hash, valid for
 * {@link #VALIDITY} and once: using it spends every other token of the account too. The account module sets the
 * password (its policy applies), ends the account's sessions and forgets untrusted clients' failed sign-ins.
 */
@Service
@Transactional
class PasswordResets {

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	static final Duration VALIDITY = Duration.ofMinutes(30);

	static final int MAX_REQUESTS = 3;

	static final Duration REQUEST_WINDOW = Duration.ofHours(1);

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountDirectory directory;

	private final AccountManagement accounts;

	private final Mailbox mailbox;

	private final MailTexts texts;

	private final Clock clock;

	PasswordResets(JdbcClient jdbc, AccountDirectory directory, AccountManagement accounts, Mailbox mailbox,
			MailTexts texts, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.accounts = accounts;
		this.mailbox = mailbox;
		this.texts = texts;
		this.clock = clock;
	}

	void request(String email, Locale locale) {
		String address = email.strip().toLowerCase(Locale.ROOT);
		if (address.isEmpty() || address.length() > 254) {
			return;
		}
		Instant now = this.clock.instant();
		int recent = this.jdbc
			.sql("select count(*) from password_reset_request where email = ? and requested_at > ?")
			.params(address, Timestamp.from(now.minus(REQUEST_WINDOW)))
			.query(Integer.class)
			.single();
		// Older requests of this address no longer count: keep the table small.
		this.jdbc.sql("delete from password_reset_request where email = ? and requested_at <= ?")
			.params(address, Timestamp.from(now.minus(REQUEST_WINDOW)))
			.update();
		this.jdbc.sql("insert into password_reset_request (email, requested_at) values (?, ?)")
			.params(address, Timestamp.from(now))
			.update();
		if (recent >= MAX_REQUESTS) {
			log.info("Password reset for an address throttled ({} requests within {})", recent + 1, REQUEST_WINDOW);
			return;
		}
		Optional<Long> account = this.directory.idByEmail(address);
		if (account.isEmpty()) {
			return;
		}
		if (!this.mailbox.enabled()) {
			log.warn("Password reset asked for account {}, but e-mail is off", account.get());
			return;
		}
		String token = newToken();
		this.jdbc.sql("""
				insert into password_reset_token (account_id, token_hash, created_at, expires_at)
				values (?, ?, ?, ?)""")
			.params(account.get(), hash(token), Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)))
			.update();
		Locale language = NotificationSettings.supported(locale);
		String link = this.texts.url("/password-reset/" + token);
		this.mailbox.enqueue(account.get(), address,
				this.texts.subject(this.texts.message("notification.reset.title", language), language),
				this.texts.message("notification.reset.body", language, link, VALIDITY.toMinutes()), null);
	}

	/** Sets the new password if the token is valid, and spends every reset token of the account. */
	void reset(String token, String newPassword) {
		Instant now = this.clock.instant();
		Long accountId = this.jdbc.sql("""
				select account_id from password_reset_token
				where token_hash = ? and used_at is null and expires_at > ? for update""")
			.params(hash(token), Timestamp.from(now))
			.query(Long.class)
			.optional()
			.orElseThrow(PasswordResetTokenInvalid::new);
		this.accounts.resetPassword(accountId, newPassword);
		this.jdbc.sql("update password_reset_token set used_at = ? where account_id = ? and used_at is null")
			.params(Timestamp.from(now), accountId)
			.update();
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
