package org.hengqiao.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Device cookies as OWASP's "Slow Down Online Guessing Attacks with Device Cookies" describes them: a browser that
 * signed in to an account successfully gets {@code <account id>.<random nonce>.<HMAC-SHA256 of both>}, and its
 * later attempts on that account are throttled in a bucket of their own ({@link SignInBucket#device}). A cookie
 * whose signature does not verify, or that names another account, is ignored: the attempt counts as untrusted.
 * <p>
 * The key comes from {@code hengqiao.sign-in.device-key}, or is generated once and kept in the database
 * ({@code signing_key}), so every instance verifies every other's cookies and a restart keeps browsers known.
 */
@Component
class DeviceCookies {

	static final String NAME = "HENGQIAO_DEVICE";

	private static final String KEY_NAME = "device-cookie";

	private static final String ALGORITHM = "HmacSHA256";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final SignInProperties properties;

	private final Clock clock;

	private volatile byte @Nullable [] key;

	DeviceCookies(JdbcClient jdbc, SignInProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** The nonce of the request's device cookie, if it carries one this platform signed for the account. */
	Optional<String> nonceFor(HttpServletRequest request, long accountId) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				Optional<String> nonce = verify(cookie.getValue(), accountId);
				if (nonce.isPresent()) {
					return nonce;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Gives the browser a new device cookie for the account it just signed in to; {@code Secure} when the request
	 * came over TLS (as the proxy reports it, see {@code server.forward-headers-strategy}).
	 */
	void issue(HttpServletRequest request, HttpServletResponse response, long accountId) {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		String payload = accountId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ResponseCookie cookie = ResponseCookie.from(NAME, payload + "." + sign(payload))
			.path("/api/v1/session")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.maxAge(this.properties.deviceCookieLifetime())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private Optional<String> verify(String value, long accountId) {
		String[] parts = value.split("\\.", -1);
		if (parts.length != 3 || !parts[0].equals(String.valueOf(accountId)) || parts[1].isEmpty()) {
			return Optional.empty();
		}
		byte[] expected = sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
		boolean valid = MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII));
		return valid ? Optional.of(parts[1]) : Optional.empty();
	}

	private String sign(String payload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key(), ALGORITHM));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", ex);
		}
	}

	private byte[] key() {
		byte[] key = this.key;
		if (key == null) {
			String configured = this.properties.deviceKey();
			String secret = configured != null && !configured.isBlank() ? configured : storedKey();
			key = secret.getBytes(StandardCharsets.UTF_8);
			this.key = key;
		}
		return key;
	}

	/** The shared key from the database; the first instance to need it stores a new one, later ones read it. */
	private String storedKey() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		this.jdbc
			.sql("insert into signing_key (name, secret, created_at) values (:name, :secret, :now) "
					+ "on conflict do nothing")
			.param("name", KEY_NAME)
			.param("secret", Base64.getEncoder().encodeToString(bytes))
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
		return this.jdbc.sql("select secret from signing_key where name = :name")
			.param("name", KEY_NAME)
			.query(String.class)
			.single();
	}

}
