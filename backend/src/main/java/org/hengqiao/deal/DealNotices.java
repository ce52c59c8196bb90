package org.hengqiao.deal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.notification.Notice;
import org.hengqiao.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people of both organisations and the deal's broker when a deal starts or changes stage, except the
 * person who made the change. After the commit and retried on failure (the event publication registry), so a
 * notification or e-mail problem never holds up the deal.
 */
@Component
class DealNotices {

	private final Notifications notifications;

	private final AccountDirectory accounts;

	DealNotices(Notifications notifications, AccountDirectory accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(DealStageChanged event) {
		Set<Long> recipients = new LinkedHashSet<>(this.accounts.activeMembersOf(event.demandOrganisationId()));
		recipients.addAll(this.accounts.activeMembersOf(event.supplyOrganisationId()));
		if (event.brokerAccountId() != null) {
			recipients.add(event.brokerAccountId());
		}
		recipients.remove(event.actorAccountId());
		String key = event.from() == null ? "deal.notice.created" : "deal.notice." + event.to().name();
		this.notifications.notifyAccounts(recipients,
				Notice.of("DEAL_" + (event.from() == null ? "CREATED" : event.to().name()), key,
						"/deals/" + event.dealId(), String.valueOf(event.dealId())));
	}

}
