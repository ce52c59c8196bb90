package org.hengqiao.connect;

import org.hengqiao.notification.Notice;
import org.hengqiao.notification.NoticeSubjects;
import org.hengqiao.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other organisation what happened between the two: an introduction to confirm, interest received, answered, a new message, an NDA
 * accepted. After the commit and retried on failure, so a notification or e-mail problem never holds up the action.
 * Arguments of every notice: {0} the posting's title, {1} and {2} the other organisation's Chinese and English
 * names.
 */
@Component
class ConnectNotices {

	private final Notifications notifications;

	private final NoticeSubjects subjects;

	ConnectNotices(Notifications notifications, NoticeSubjects subjects) {
		this.notifications = notifications;
		this.subjects = subjects;
	}

	@ApplicationModuleListener
	void on(InterestExpressed event) {
		this.notifications.notifyOrganisation(event.postingOrganisationId(),
				Notice.of("INTEREST_EXPRESSED", event.introducedBy() != null ? "connect.notice.introduced"
						: "connect.notice.interest", "/inbox", about(event.postingId(), event.interestedOrganisationId())));
	}

	@ApplicationModuleListener
	void on(IntroductionProposed event) {
		this.notifications.notifyOrganisation(event.interestedOrganisationId(), Notice.of("INTRODUCTION_PROPOSED",
				"connect.notice.proposed", "/inbox", about(event.postingId(), event.interestedOrganisationId())));
	}

	@ApplicationModuleListener
	void on(InterestAnswered event) {
		String link = event.conversationId() != null ? "/inbox/" + event.conversationId() : "/inbox";
		this.notifications.notifyOrganisation(event.interestedOrganisationId(),
				Notice.of(event.accepted() ? "INTEREST_ACCEPTED" : "INTEREST_DECLINED",
						event.accepted() ? "connect.notice.accepted" : "connect.notice.declined", link,
						about(event.postingId(), event.postingOrganisationId())));
	}

	@ApplicationModuleListener
	void on(MessagePosted event) {
		this.notifications.notifyOrganisation(event.recipientOrganisationId(), Notice.of("MESSAGE_POSTED",
				"connect.notice.message", "/inbox/" + event.conversationId(),
				about(event.postingId(), event.senderOrganisationId())));
	}

	@ApplicationModuleListener
	void on(NdaAccepted event) {
		this.notifications.notifyOrganisation(event.postingOrganisationId(), Notice.of("NDA_ACCEPTED",
				"connect.notice.nda", "/inbox/" + event.conversationId(),
				about(event.postingId(), event.organisationId())));
	}

	private String[] about(long postingId, long otherOrganisationId) {
		return new String[] { this.subjects.postingTitle(postingId),
				this.subjects.organisationNameZh(otherOrganisationId),
				this.subjects.organisationNameEn(otherOrganisationId) };
	}

}
