package org.hengqiao.posting;

/** What an audit log entry records. */
public enum AuditAction {

	CREATED, EDITED, SUBMITTED, APPROVED, REJECTED, WITHDRAWN, NEGOTIATION_STARTED, NEGOTIATION_ENDED, CLOSED, REOPENED, EXPIRED, ATTACHMENT_ADDED,
	ATTACHMENT_REMOVED,

	/** An operator put a published result on the home page, or took it off. */
	FEATURED, UNFEATURED

}
