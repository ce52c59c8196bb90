package org.hengqiao.notification;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server and what the e-mails link to ({@code hengqiao.mail.*}, see docs/operations.md). Without a host,
 * e-mail is off: notifications still reach the portal.
 *
 * @param tls {@code STARTTLS} (upgrade a plain connection, port 587), {@code SSL} (implicit TLS, port 465) or
 *        {@code NONE}
 * @param publicUrl where people reach the portal; e-mailed links start with it
 * @param digestCron when the daily digest goes out (Spring cron, in {@code digestZone})
 * @param retryBackoff wait after the first failed attempt; doubled after each further failure up to
 *        {@code maxRetryBackoff}
 */
@ConfigurationProperties("hengqiao.mail")
record MailSettings(@Nullable String host, @DefaultValue("587") int port, @Nullable String username,
		@Nullable String password, @DefaultValue("noreply@hengqiao.local") String from,
		@DefaultValue("STARTTLS") Tls tls, @DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("0 0 8 * * *") String digestCron, @DefaultValue("Asia/Shanghai") String digestZone,
		@DefaultValue("10s") Duration retryBackoff, @DefaultValue("30m") Duration maxRetryBackoff,
		@DefaultValue("10s") Duration timeout) {

	enum Tls {

		NONE, STARTTLS, SSL

	}

	boolean enabled() {
		return this.host != null && !this.host.isBlank();
	}

	/** How long to wait after the given number of failed attempts (1, 2, …). */
	Duration backoffAfter(int failures) {
		Duration backoff = this.retryBackoff.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 20));
		return backoff.compareTo(this.maxRetryBackoff) > 0 ? this.maxRetryBackoff : backoff;
	}

	String url(String route) {
		String base = this.publicUrl.endsWith("/") ? this.publicUrl.substring(0, this.publicUrl.length() - 1)
				: this.publicUrl;
		return base + route;
	}

}
