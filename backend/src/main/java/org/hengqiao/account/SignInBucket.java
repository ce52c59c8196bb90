package org.hengqiao.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Whose failed attempts count together in {@link SignInThrottle}. Clients without a valid device cookie of the
 * account share one bucket per e-mail (an unknown e-mail gets one too, so the answers do not tell whether it is
 * registered); a browser the account signed in on before has its own; a signed-in session guessing its current
 * password has the account's own, which signing in never consults.
 */
record SignInBucket(String id) {

	static SignInBucket untrusted(String normalisedEmail) {
		return new SignInBucket("untrusted:" + sha256(normalisedEmail));
	}

	static SignInBucket device(String nonce) {
		return new SignInBucket("device:" + nonce);
	}

	static SignInBucket passwordChange(long accountId) {
		return new SignInBucket("password:" + accountId);
	}

	/** The e-mail is hashed: the table should not become a list of addresses people tried. */
	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
