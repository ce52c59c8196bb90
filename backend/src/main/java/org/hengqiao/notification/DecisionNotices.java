package org.hengqiao.notification;

import java.time.format.DateTimeFormatter;

import org.hengqiao.organisation.OrganisationVerificationDecided;
import org.hengqiao.posting.PostingExpiringSoon;
import org.hengqiao.posting.PostingKind;
import org.hengqiao.posting.PostingModerated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an organisation's members every decision about their things: the organisation verified or rejected, a
 * posting approved or rejected (with the operator's reason), a need's deadline near. Here rather than in the
 * deciding modules because those sit below this one (posting and organisation cannot call it without a cycle).
 * After the commit and retried on failure (the event publication registry). Texts name the organisation and the
 * posting title, never an id.
 */
@Component
class DecisionNotices {

	private final Notifications notifications;

	DecisionNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	/** Arguments: {0} the Chinese name, {1} the English name, {2} the reason of a rejection. */
	@ApplicationModuleListener
	void on(OrganisationVerificationDecided event) {
		this.notifications.notifyOrganisation(event.organisationId(),
				event.verified()
						? Notice.of("ORGANISATION_VERIFIED", "notification.organisation.verified", "/org",
								event.nameZh(), event.nameEn())
						: Notice.of("ORGANISATION_REJECTED", "notification.organisation.rejected", "/org",
								event.nameZh(), event.nameEn(), String.valueOf(event.reason())));
	}

	/** Arguments: {0} the title, {1} the reason of a rejection. */
	@ApplicationModuleListener
	void on(PostingModerated event) {
		String kind = event.kind() == PostingKind.NEED ? "need" : "result";
		this.notifications.notifyOrganisation(event.organisationId(), event.approved()
				? Notice.of("POSTING_APPROVED", "notification.posting.approved." + kind, link(event.kind(),
						event.postingId()), event.title())
				: Notice.of("POSTING_REJECTED", "notification.posting.rejected." + kind,
						link(event.kind(), event.postingId()) + "/edit", event.title(),
						String.valueOf(event.reason())));
	}

	/** Arguments: {0} the title, {1} the deadline (ISO date, read the same in both languages). */
	@ApplicationModuleListener
	void on(PostingExpiringSoon event) {
		this.notifications.notifyOrganisation(event.organisationId(),
				Notice.of("POSTING_EXPIRING", "notification.posting.expiring", link(event.kind(), event.postingId()),
						event.title(), DateTimeFormatter.ISO_LOCAL_DATE.format(event.deadline())));
	}

	private static String link(PostingKind kind, long id) {
		return (kind == PostingKind.NEED ? "/needs/" : "/results/") + id;
	}

}
