package org.hengqiao.notification;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.hengqiao.account.AccountDirectory;

/**
 * Once a day ({@code hengqiao.mail.digest-cron}) e-mails everyone who chose the daily digest one list of the
 * notifications they got since the last digest. Each account is handled in its own transaction, which takes its
 * notifications off the digest with a conditional update: an instance that loses the race sends nothing.
 */
@Component
class DailyDigest {

	private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

	private final JdbcClient jdbc;

	private final NotificationSettings settings;

	private final AccountDirectory accounts;

	private final Mailbox mailbox;

	private final MailTexts texts;

	private final TransactionTemplate transactions;

	DailyDigest(JdbcClient jdbc, NotificationSettings settings, AccountDirectory accounts, Mailbox mailbox,
			MailTexts texts, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.accounts = accounts;
		this.mailbox = mailbox;
		this.texts = texts;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${hengqiao.mail.digest-cron:0 0 8 * * *}", zone = "${hengqiao.mail.digest-zone:Asia/Shanghai}")
	void sendDigests() {
		List<Long> recipients = this.jdbc
			.sql("select distinct account_id from notification where digest_due = true order by account_id")
			.query(Long.class)
			.list();
		int sent = 0;
		for (long accountId : recipients) {
			try {
				Boolean queued = this.transactions.execute(status -> digest(accountId));
				sent += Boolean.TRUE.equals(queued) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Daily digest for account {} failed: {}", accountId, ex.toString());
			}
		}
		if (sent > 0) {
			log.info("Queued {} daily digests", sent);
		}
	}

	private boolean digest(long accountId) {
		List<Row> rows = this.jdbc.sql("""
				select id, message_key, arguments, link from notification
				where account_id = ? and digest_due = true order by created_at, id""")
			.param(accountId)
			.query((row, n) -> new Row(row.getLong("id"), row.getString("message_key"),
					Notifications.arguments(row.getString("arguments")), row.getString("link")))
			.list();
		int taken = 0;
		for (Row row : rows) {
			taken += this.jdbc.sql("update notification set digest_due = false where id = ? and digest_due = true")
				.param(row.id())
				.update();
		}
		NotificationSettings.Setting setting = this.settings.of(accountId);
		if (taken != rows.size() || rows.isEmpty() || setting.emailMode() != EmailMode.DAILY_DIGEST) {
			// Another instance took them, or the person no longer wants a digest (the items stay in the portal).
			return false;
		}
		String email = this.accounts.emailOf(accountId).orElse(null);
		if (email == null) {
			return false;
		}
		Locale locale = setting.locale();
		StringBuilder body = new StringBuilder(this.texts.message("notification.digest.intro", locale, rows.size()))
			.append("\n\n");
		for (Row row : rows) {
			body.append("• ")
				.append(this.texts.title(row.key(), row.arguments(), locale))
				.append("\n  ")
				.append(this.texts.url(row.link()))
				.append('\n');
		}
		String unsubscribe = this.texts.unsubscribeUrl(setting.unsubscribeToken());
		body.append('\n').append(this.texts.footer(unsubscribe, locale));
		this.mailbox.enqueue(accountId, email,
				this.texts.subject(this.texts.message("notification.digest.title", locale, rows.size()), locale),
				body.toString(), unsubscribe);
		return true;
	}

	private record Row(long id, String key, List<String> arguments, String link) {
	}

}
