package org.hengqiao.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification centre. Other modules call {@link #notifyAccounts} or {@link #notifyOrganisation} from their
 * event listeners (in their transaction): each recipient gets a notification in the portal and, as they chose, an
 * e-mail now, a line in tomorrow's digest, or nothing. E-mails leave only after the commit, from the outbox.
 */
@Service
@Transactional
public class Notifications {

	static final int MAX_PAGE_SIZE = 100;

	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	private final Actors actors;

	private final AccountDirectory accounts;

	private final NotificationSettings settings;

	private final Mailbox mailbox;

	private final MailTexts texts;

	private final Clock clock;

	Notifications(JdbcClient jdbc, Actors actors, AccountDirectory accounts, NotificationSettings settings,
			Mailbox mailbox, MailTexts texts, Clock clock) {
		this.jdbc = jdbc;
		this.actors = actors;
		this.accounts = accounts;
		this.settings = settings;
		this.mailbox = mailbox;
		this.texts = texts;
		this.clock = clock;
	}

	/** Notifies each of these people once (duplicates in the collection are ignored; unknown ids too). */
	public void notifyAccounts(Collection<Long> accountIds, Notice notice) {
		for (long accountId : new LinkedHashSet<>(accountIds)) {
			this.accounts.emailOf(accountId).ifPresent(email -> notifyOne(accountId, email, notice));
		}
	}

	/** Notifies every active member of the organisation. */
	public void notifyOrganisation(long organisationId, Notice notice) {
		notifyAccounts(this.accounts.activeMembersOf(organisationId), notice);
	}

	private void notifyOne(long accountId, String email, Notice notice) {
		NotificationSettings.Setting setting = this.settings.of(accountId);
		boolean digest = setting.emailMode() == EmailMode.DAILY_DIGEST && this.mailbox.enabled();
		this.jdbc.sql("""
				insert into notification (account_id, kind, message_key, arguments, link, created_at, digest_due)
				values (:account, :kind, :key, :arguments, :link, :now, :digest)""")
			.param("account", accountId)
			.param("kind", notice.kind())
			.param("key", notice.messageKey())
			.param("arguments", String.join(SEPARATOR, notice.arguments()))
			.param("link", notice.link())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("digest", digest)
			.update();
		if (setting.emailMode() == EmailMode.IMMEDIATE) {
			Locale locale = setting.locale();
			String title = this.texts.title(notice.messageKey(), notice.arguments(), locale);
			String body = this.texts.body(notice.messageKey(), notice.arguments(), locale);
			String unsubscribe = this.texts.unsubscribeUrl(setting.unsubscribeToken());
			this.mailbox.enqueue(accountId, email, this.texts.subject(title, locale),
					this.texts.immediate(title, body, notice.link(), unsubscribe, locale), unsubscribe);
		}
	}

	/** The signed-in person's notifications, unread first, newest first within each. */
	@Transactional
	NotificationPage page(int page, int size) {
		Actor actor = this.actors.required();
		Locale locale = LocaleContextHolder.getLocale();
		this.settings.rememberLocale(actor.accountId(), locale);
		int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
		// In long: a page far past the end (up to Integer.MAX_VALUE) is an empty page, not an overflowed offset.
		long offset = (long) Math.max(page, 0) * pageSize;
		List<NotificationView> items = this.jdbc.sql("""
				select * from notification where account_id = :account
				order by case when read_at is null then 0 else 1 end, created_at desc, id desc
				limit :size offset :offset""")
			.param("account", actor.accountId())
			.param("size", pageSize)
			.param("offset", offset)
			.query((row, n) -> {
				List<String> arguments = arguments(row.getString("arguments"));
				String key = row.getString("message_key");
				Timestamp read = row.getTimestamp("read_at");
				return new NotificationView(row.getLong("id"), row.getString("kind"),
						this.texts.title(key, arguments, locale), this.texts.body(key, arguments, locale),
						row.getString("link"), row.getTimestamp("created_at").toInstant(),
						read == null ? null : read.toInstant());
			})
			.list();
		long total = this.jdbc.sql("select count(*) from notification where account_id = ?")
			.param(actor.accountId())
			.query(Long.class)
			.single();
		return new NotificationPage(items, total, unread(actor.accountId()), Math.max(page, 0), pageSize);
	}

	/** The signed-in person's unread notifications (401 for visitors): the header's bell. */
	@Transactional(readOnly = true)
	public long unreadCount() {
		return unread(this.actors.required().accountId());
	}

	/** Marks one of the signed-in person's notifications read; someone else's is answered as missing. */
	void markRead(long id) {
		Actor actor = this.actors.required();
		int found = this.jdbc.sql("select count(*) from notification where id = ? and account_id = ?")
			.params(id, actor.accountId())
			.query(Integer.class)
			.single();
		if (found == 0) {
			throw new NotificationNotFound(id);
		}
		this.jdbc.sql("update notification set read_at = ? where id = ? and read_at is null")
			.params(Timestamp.from(this.clock.instant()), id)
			.update();
	}

	int markAllRead() {
		Actor actor = this.actors.required();
		return this.jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
			.params(Timestamp.from(this.clock.instant()), actor.accountId())
			.update();
	}

	private long unread(long accountId) {
		return this.jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	static List<String> arguments(String stored) {
		return stored.isEmpty() ? List.of() : List.of(stored.split(SEPARATOR, -1));
	}

}
