package org.hengqiao.account;

/** What a person may do on the platform, beyond reading what is public. */
public enum Role {

	/** Acts for their organisation: drafts and edits its postings. */
	MEMBER,

	/** Also manages the organisation: its profile, verification documents and who may join. */
	ORG_ADMIN,

	/** A technology broker (技术经纪人) of a service agency: sees broker-only contacts, follows matches up. */
	BROKER,

	/** Platform staff: verifies organisations and moderates postings. */
	OPERATOR

}
