package org.hengqiao.notification;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Talks SMTP with the configured server, or says once at start-up that e-mail is off. Timeouts are short: a
 * hanging server must fail an attempt (to be retried later), not hold a thread.
 */
@Component
class MailTransport {

	private static final Logger log = LoggerFactory.getLogger(MailTransport.class);

	private final MailSettings settings;

	private final @Nullable JavaMailSenderImpl sender;

	MailTransport(MailSettings settings) {
		this.settings = settings;
		this.sender = settings.enabled() ? sender(settings) : null;
		if (this.sender == null) {
			log.info("E-mail is off (no hengqiao.mail.host / HENGQIAO_SMTP_HOST): notifications stay in the portal");
		}
		else {
			log.info("E-mail through {}:{} ({}) from {}", settings.host(), settings.port(), settings.tls(),
					settings.from());
		}
	}

	boolean enabled() {
		return this.sender != null;
	}

	void send(String recipient, String subject, String body, @Nullable String unsubscribeUrl)
			throws MessagingException {
		JavaMailSenderImpl mail = this.sender;
		if (mail == null) {
			throw new IllegalStateException("E-mail is off");
		}
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
		helper.setFrom(this.settings.from());
		helper.setTo(recipient);
		helper.setSubject(subject);
		helper.setText(body, false);
		if (unsubscribeUrl != null) {
			message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
		}
		mail.send(message);
	}

	private static JavaMailSenderImpl sender(MailSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.host());
		sender.setPort(settings.port());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		if (settings.username() != null && !settings.username().isBlank()) {
			sender.setUsername(settings.username());
			sender.setPassword(settings.password());
		}
		Properties properties = sender.getJavaMailProperties();
		String timeout = String.valueOf(settings.timeout().toMillis());
		properties.put("mail.smtp.connectiontimeout", timeout);
		properties.put("mail.smtp.timeout", timeout);
		properties.put("mail.smtp.writetimeout", timeout);
		properties.put("mail.smtp.auth", String.valueOf(sender.getUsername() != null));
		switch (settings.tls()) {
			case STARTTLS -> {
				properties.put("mail.smtp.starttls.enable", "true");
				properties.put("mail.smtp.starttls.required", "true");
			}
			case SSL -> properties.put("mail.smtp.ssl.enable", "true");
			case NONE -> {
			}
		}
		return sender;
	}

}
