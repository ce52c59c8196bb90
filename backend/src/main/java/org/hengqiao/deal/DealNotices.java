package org.hengqiao.deal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.notification.Notice;
import org.hengqiao.notification.NoticeSubjects;
import org.hengqiao.notification.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people of both organisations and the deal's broker when a deal starts, changes stage, or waits for
 * their side's agreement, except the person who acted. After the commit and retried on failure (the event
 * publication registry), so a notification or e-mail problem never holds up the deal.
 */
@Component
class DealNotices {

	private final Notifications notifications;

	private final AccountDirectory accounts;

	private final Deals deals;

	private final NoticeSubjects subjects;

	DealNotices(Notifications notifications, AccountDirectory accounts, Deals deals, NoticeSubjects subjects) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.deals = deals;
		this.subjects = subjects;
	}

	@ApplicationModuleListener
	void on(DealStageChanged event) {
		String link = "/deals/" + event.dealId();
		String id = name(event.needId(), event.resultId());
		if (event.from() != null) {
			notify(event.demandOrganisationId(), event.supplyOrganisationId(), event.brokerAccountId(),
					event.actorAccountId(),
					Notice.of("DEAL_" + event.to().name(), "deal.notice." + event.to().name(), link, id));
			return;
		}
		// A new deal: a side whose confirmation it awaits is asked for it, the others are told it was opened.
		Notice created = Notice.of("DEAL_CREATED", "deal.notice.created", link, id);
		Notice asked = Notice.of("DEAL_AWAITING_CONFIRMATION", "deal.notice.awaitingConfirmation", link, id);
		notifySide(event.demandOrganisationId(), event.actorAccountId(), event.demandConfirmed() ? created : asked);
		notifySide(event.supplyOrganisationId(), event.actorAccountId(), event.supplyConfirmed() ? created : asked);
		if (event.brokerAccountId() != null && event.brokerAccountId() != event.actorAccountId()) {
			this.notifications.notifyAccounts(Set.of(event.brokerAccountId()), created);
		}
	}

	@ApplicationModuleListener
	void on(DealConsentRecorded event) {
		notify(event.demandOrganisationId(), event.supplyOrganisationId(), event.brokerAccountId(),
				event.actorAccountId(),
				Notice.of("DEAL_" + event.step().name(), "deal.notice.consent." + event.step().name(),
						"/deals/" + event.dealId(), name(event.dealId())));
	}

	/** A deal is called by what it is about: its need's title, or its result's for a deal on a result alone. */
	private String name(@Nullable Long needId, @Nullable Long resultId) {
		Long posting = needId != null ? needId : resultId;
		return posting != null ? this.subjects.postingTitle(posting) : "—";
	}

	private String name(long dealId) {
		return this.deals.findById(dealId).map(deal -> name(deal.needId(), deal.resultId())).orElse("—");
	}

	private void notifySide(long organisation, long actor, Notice notice) {
		Set<Long> recipients = new LinkedHashSet<>(this.accounts.activeMembersOf(organisation));
		recipients.remove(actor);
		this.notifications.notifyAccounts(recipients, notice);
	}

	private void notify(long demand, long supply, @Nullable Long broker, long actor, Notice notice) {
		Set<Long> recipients = new LinkedHashSet<>(this.accounts.activeMembersOf(demand));
		recipients.addAll(this.accounts.activeMembersOf(supply));
		if (broker != null) {
			recipients.add(broker);
		}
		recipients.remove(actor);
		this.notifications.notifyAccounts(recipients, notice);
	}

}
