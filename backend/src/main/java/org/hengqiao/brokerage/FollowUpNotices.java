package org.hengqiao.brokerage;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.notification.Notice;
import org.hengqiao.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Flags an overdue follow-up to its broker and to the administrators of the broker's agency. */
@Component
class FollowUpNotices {

	private final Notifications notifications;

	private final AccountDirectory accounts;

	FollowUpNotices(Notifications notifications, AccountDirectory accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(FollowUpOverdue event) {
		Set<Long> recipients = new LinkedHashSet<>();
		recipients.add(event.brokerAccountId());
		recipients.addAll(this.accounts.activeAdminsOf(event.agencyOrganisationId()));
		this.notifications.notifyAccounts(recipients, Notice.of("FOLLOW_UP_OVERDUE", "brokerage.notice.overdue",
				"/broker", String.valueOf(event.followUpId())));
	}

}
