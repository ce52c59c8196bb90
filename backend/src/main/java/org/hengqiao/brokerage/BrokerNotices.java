package org.hengqiao.brokerage;

import java.util.List;

import org.hengqiao.notification.Notice;
import org.hengqiao.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a broker they were asked for help, the asking organisation the answer, and both organisations of a
 * conversation that a broker now reads it: nobody is read by a third party without knowing it.
 */
@Component
class BrokerNotices {

	private final Notifications notifications;

	BrokerNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(BrokerRequested event) {
		if (event.brokerAccountId() != null) {
			this.notifications.notifyAccounts(List.of(event.brokerAccountId()), Notice.of("BROKER_REQUESTED",
					"brokerage.notice.requested", "/broker", String.valueOf(event.requestId())));
		}
	}

	@ApplicationModuleListener
	void on(BrokerRequestAnswered event) {
		this.notifications.notifyOrganisation(event.requesterOrganisationId(),
				Notice.of(event.accepted() ? "BROKER_REQUEST_ACCEPTED" : "BROKER_REQUEST_DECLINED",
						event.accepted() ? "brokerage.notice.accepted" : "brokerage.notice.declined", "/inbox",
						String.valueOf(event.requestId())));
	}

	@ApplicationModuleListener
	void on(BrokerJoinedConversation event) {
		for (long organisation : event.organisationIds()) {
			this.notifications.notifyOrganisation(organisation, Notice.of("BROKER_JOINED_CONVERSATION",
					"brokerage.notice.joined", "/inbox/" + event.conversationId(),
					String.valueOf(event.conversationId())));
		}
	}

}
