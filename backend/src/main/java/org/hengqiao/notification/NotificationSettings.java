package org.hengqiao.notification;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each account's e-mail preference, language and unsubscribe token, created with defaults on first use. */
@Component
class NotificationSettings {

	static final EmailMode DEFAULT_MODE = EmailMode.IMMEDIATE;

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	NotificationSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Setting(long accountId, EmailMode emailMode, Locale locale, String unsubscribeToken) {
	}

	Setting of(long accountId) {
		return find(accountId).orElseGet(() -> create(accountId));
	}

	Optional<Setting> byUnsubscribeToken(String token) {
		return this.jdbc.sql("select * from notification_setting where unsubscribe_token = ?")
			.param(token)
			.query(NotificationSettings::setting)
			.optional();
	}

	void setMode(long accountId, EmailMode mode) {
		of(accountId);
		this.jdbc.sql("update notification_setting set email_mode = ? where account_id = ?")
			.params(mode.name(), accountId)
			.update();
	}

	/** The language e-mails are written in: the one the person last used the portal in. */
	void rememberLocale(long accountId, Locale locale) {
		String tag = supported(locale).toLanguageTag();
		if (!of(accountId).locale().toLanguageTag().equals(tag)) {
			this.jdbc.sql("update notification_setting set locale = ? where account_id = ?").params(tag, accountId).update();
		}
	}

	private Optional<Setting> find(long accountId) {
		return this.jdbc.sql("select * from notification_setting where account_id = ?")
			.param(accountId)
			.query(NotificationSettings::setting)
			.optional();
	}

	private Setting create(long accountId) {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		// A concurrent first use inserts the same account: the loser's insert does nothing (and, unlike a caught
		// duplicate key error, leaves a PostgreSQL transaction usable).
		this.jdbc.sql("""
				insert into notification_setting (account_id, email_mode, locale, unsubscribe_token)
				values (?, ?, ?, ?) on conflict do nothing""")
			.params(accountId, DEFAULT_MODE.name(), Locale.SIMPLIFIED_CHINESE.toLanguageTag(), token)
			.update();
		return find(accountId).orElseThrow();
	}

	static Locale supported(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	private static Setting setting(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new Setting(row.getLong("account_id"), EmailMode.valueOf(row.getString("email_mode")),
				Locale.forLanguageTag(row.getString("locale")), row.getString("unsubscribe_token"));
	}

}
