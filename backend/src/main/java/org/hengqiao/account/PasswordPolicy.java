package org.hengqiao.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH} (Argon2 hashes
 * whatever it is given, so an unbounded input is an easy way to burn CPU), not containing the local part of the
 * person's email, and not one of the commonly used passwords in {@code account/common-passwords.txt}. Length rules
 * beat composition rules (NIST SP 800-63B): a long phrase is better than {@code Passw0rd!}.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	/** A local part this short ("li@…") would rule out too many passwords to be worth checking. */
	private static final int MIN_LOCAL_PART = 3;

	private final Set<String> common;

	PasswordPolicy() {
		this(new ClassPathResource("account/common-passwords.txt"));
	}

	PasswordPolicy(ClassPathResource commonPasswords) {
		this.common = load(commonPasswords);
	}

	/**
	 * Why the password is not acceptable for the person with this email, as a message key; empty if it is.
	 */
	Optional<Violation> check(String password, String email) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of(new Violation("account.password.tooShort", MIN_LENGTH));
		}
		if (length > MAX_LENGTH) {
			return Optional.of(new Violation("account.password.tooLong", MAX_LENGTH));
		}
		String lower = password.toLowerCase(Locale.ROOT);
		int at = email.lastIndexOf('@');
		String localPart = (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT);
		if (localPart.length() >= MIN_LOCAL_PART && lower.contains(localPart)) {
			return Optional.of(new Violation("account.password.containsEmail"));
		}
		if (this.common.contains(lower)) {
			return Optional.of(new Violation("account.password.common"));
		}
		return Optional.empty();
	}

	int commonPasswordCount() {
		return this.common.size();
	}

	private static Set<String> load(ClassPathResource resource) {
		Set<String> passwords = new HashSet<>();
		try (InputStream in = resource.getInputStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String password = line.strip();
				if (!password.isEmpty() && !password.startsWith("#")) {
					passwords.add(password.toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the list of common passwords", ex);
		}
		return Set.copyOf(passwords);
	}

	/** A broken rule: the message key of its explanation and the key's arguments. */
	record Violation(String messageKey, Object... arguments) {
	}

}
