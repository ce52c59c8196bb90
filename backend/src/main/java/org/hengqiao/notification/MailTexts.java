package org.hengqiao.notification;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders notices and the e-mails around them in a given language (plain text). */
@Component
class MailTexts {

	private final MessageSource messages;

	private final MailSettings settings;

	MailTexts(MessageSource messages, MailSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	String title(String messageKey, List<String> arguments, Locale locale) {
		return this.messages.getMessage(messageKey + ".title", arguments.toArray(), messageKey, locale);
	}

	String body(String messageKey, List<String> arguments, Locale locale) {
		return this.messages.getMessage(messageKey + ".body", arguments.toArray(), "", locale);
	}

	String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	String subject(String title, Locale locale) {
		return message("notification.mail.subject", locale, title);
	}

	String url(String route) {
		return this.settings.url(route);
	}

	String unsubscribeUrl(String token) {
		return url("/api/v1/notifications/unsubscribe?token=" + token);
	}

	/** One notification: its text, where to read more, and how to stop these e-mails. */
	String immediate(String title, String body, String link, String unsubscribeUrl, Locale locale) {
		return title + "\n\n" + (body.isBlank() ? "" : body + "\n\n") + url(link) + "\n\n"
				+ footer(unsubscribeUrl, locale);
	}

	String footer(String unsubscribeUrl, Locale locale) {
		return "--\n" + message("notification.mail.footer", locale, url("/account/subscriptions")) + "\n"
				+ message("notification.mail.unsubscribe", locale, unsubscribeUrl);
	}

}
