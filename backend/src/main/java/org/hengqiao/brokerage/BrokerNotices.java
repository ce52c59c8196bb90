package org.hengqiao.brokerage;

import java.util.List;

import org.hengqiao.account.AccountDirectory;
import org.hengqiao.account.Person;
import org.hengqiao.notification.Notice;
import org.hengqiao.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a broker they were asked for help or assigned, the asking organisation the answer, the owner of a posting
 * that a broker now works on it, and both organisations of a conversation that a broker now reads it: nobody is
 * read by a third party without knowing it. Arguments: {0} the title of the posting concerned (for a conversation:
 * of the posting it is about), {1} the broker's name where it matters. Never an id.
 */
@Component
class BrokerNotices {

	private final Notifications notifications;

	private final Subjects subjects;

	private final BrokerRequests requests;

	private final AccountDirectory accounts;

	BrokerNotices(Notifications notifications, Subjects subjects, BrokerRequests requests,
			AccountDirectory accounts) {
		this.notifications = notifications;
		this.subjects = subjects;
		this.requests = requests;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(BrokerRequested event) {
		if (event.brokerAccountId() != null) {
			this.notifications.notifyAccounts(List.of(event.brokerAccountId()), Notice.of("BROKER_REQUESTED",
					"brokerage.notice.requested", "/broker", this.subjects.about(event.subjectType(),
							event.subjectId())));
		}
	}

	@ApplicationModuleListener
	void on(BrokerRequestAnswered event) {
		String about = this.requests.findById(event.requestId())
			.map(request -> this.subjects.about(request.subjectType(), request.subjectId()))
			.orElse("—");
		this.notifications.notifyOrganisation(event.requesterOrganisationId(),
				Notice.of(event.accepted() ? "BROKER_REQUEST_ACCEPTED" : "BROKER_REQUEST_DECLINED",
						event.accepted() ? "brokerage.notice.accepted" : "brokerage.notice.declined", "/inbox",
						about, brokerName(event.brokerAccountId())));
	}

	@ApplicationModuleListener
	void on(BrokerJoinedConversation event) {
		String about = this.subjects.about(SubjectType.CONVERSATION, event.conversationId());
		for (long organisation : event.organisationIds()) {
			this.notifications.notifyOrganisation(organisation, Notice.of("BROKER_JOINED_CONVERSATION",
					"brokerage.notice.joined", "/inbox/" + event.conversationId(), about,
					brokerName(event.brokerAccountId())));
		}
	}

	/**
	 * The broker hears of work given to them by someone else; a posting's owner hears who now works on it (a
	 * conversation's parties are told by {@link BrokerJoinedConversation}).
	 */
	@ApplicationModuleListener
	void on(BrokerAssigned event) {
		String about = this.subjects.about(event.subjectType(), event.subjectId());
		String link = switch (event.subjectType()) {
			case NEED -> "/needs/" + event.subjectId();
			case RESULT -> "/results/" + event.subjectId();
			case CONVERSATION, DEAL -> "/broker";
		};
		if (!event.selfAssigned()) {
			this.notifications.notifyAccounts(List.of(event.brokerAccountId()),
					Notice.of("BROKER_ASSIGNED", "brokerage.notice.assigned", link, about));
		}
		if (event.subjectType() == SubjectType.NEED || event.subjectType() == SubjectType.RESULT) {
			for (long organisation : event.organisationIds()) {
				this.notifications.notifyOrganisation(organisation, Notice.of("BROKER_ASSIGNED",
						"brokerage.notice.assignedToPosting", link, about, brokerName(event.brokerAccountId())));
			}
		}
	}

	private String brokerName(long accountId) {
		return this.accounts.find(accountId).map(Person::displayName).orElse("—");
	}

}
