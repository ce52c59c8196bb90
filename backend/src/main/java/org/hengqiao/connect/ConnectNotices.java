package org.hengqiao.connect;

import org.hengqiao.notification.Notice;
import org.hengqiao.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other organisation what happened between the two: an introduction to confirm, interest received, answered, a new message, an NDA
 * accepted. After the commit and retried on failure, so a notification or e-mail problem never holds up the action.
 */
@Component
class ConnectNotices {

	private final Notifications notifications;

	ConnectNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(InterestExpressed event) {
		this.notifications.notifyOrganisation(event.postingOrganisationId(),
				Notice.of("INTEREST_EXPRESSED", event.introducedBy() != null ? "connect.notice.introduced"
						: "connect.notice.interest", "/inbox", String.valueOf(event.postingId())));
	}

	@ApplicationModuleListener
	void on(IntroductionProposed event) {
		this.notifications.notifyOrganisation(event.interestedOrganisationId(), Notice.of("INTRODUCTION_PROPOSED",
				"connect.notice.proposed", "/inbox", String.valueOf(event.postingId())));
	}

	@ApplicationModuleListener
	void on(InterestAnswered event) {
		String link = event.conversationId() != null ? "/inbox/" + event.conversationId() : "/inbox";
		this.notifications.notifyOrganisation(event.interestedOrganisationId(),
				Notice.of(event.accepted() ? "INTEREST_ACCEPTED" : "INTEREST_DECLINED",
						event.accepted() ? "connect.notice.accepted" : "connect.notice.declined", link,
						String.valueOf(event.postingId())));
	}

	@ApplicationModuleListener
	void on(MessagePosted event) {
		this.notifications.notifyOrganisation(event.recipientOrganisationId(), Notice.of("MESSAGE_POSTED",
				"connect.notice.message", "/inbox/" + event.conversationId(), String.valueOf(event.conversationId())));
	}

	@ApplicationModuleListener
	void on(NdaAccepted event) {
		this.notifications.notifyOrganisation(event.postingOrganisationId(), Notice.of("NDA_ACCEPTED",
				"connect.notice.nda", "/inbox/" + event.conversationId(), String.valueOf(event.postingId())));
	}

}
