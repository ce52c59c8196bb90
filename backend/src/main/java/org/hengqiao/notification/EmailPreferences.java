package org.hengqiao.notification;

import org.hengqiao.account.Actor;
import org.hengqiao.account.Actors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's choice of e-mails, and one-click unsubscribe for anyone holding an e-mail's token. */
@Service
@Transactional
class EmailPreferences {

	private final Actors actors;

	private final NotificationSettings settings;

	private final Mailbox mailbox;

	EmailPreferences(Actors actors, NotificationSettings settings, Mailbox mailbox) {
		this.actors = actors;
		this.settings = settings;
		this.mailbox = mailbox;
	}

	EmailPreference current() {
		Actor actor = this.actors.required();
		return new EmailPreference(this.settings.of(actor.accountId()).emailMode(),
				this.mailbox.enabled());
	}

	EmailPreference update(EmailMode mode) {
		Actor actor = this.actors.required();
		this.settings.setMode(actor.accountId(), mode);
		this.settings.rememberLocale(actor.accountId(), LocaleContextHolder.getLocale());
		return current();
	}

	/** @return whether the token was known (an unknown one changes nothing) */
	boolean unsubscribe(String token) {
		return this.settings.byUnsubscribeToken(token).map(setting -> {
			this.settings.setMode(setting.accountId(), EmailMode.NONE);
			return true;
		}).orElse(false);
	}

}
