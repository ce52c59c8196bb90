package org.hengqiao.posting;

/** What an audit log entry records. */
public enum AuditAction {

	CREATED, EDITED, SUBMITTED, APPROVED, REJECTED, WITHDRAWN, NEGOTIATION_STARTED, CLOSED, EXPIRED, ATTACHMENT_ADDED,
	ATTACHMENT_REMOVED

}
