package org.hengqiao.posting;

/**
 * The one lifecycle of needs and results: draft → submitted → published (after review) → in negotiation →
 * closed; a rejected submission goes back to the owner with a reason; the owner may withdraw; a need past its
 * deadline expires.
 */
public enum PostingStatus {

	DRAFT, SUBMITTED, REJECTED, PUBLISHED, IN_NEGOTIATION, CLOSED, WITHDRAWN, EXPIRED;

	/** Whether visitors can find and read the posting. */
	public boolean isPublic() {
		return this == PUBLISHED || this == IN_NEGOTIATION;
	}

}
