package org.hengqiao.connect;

/**
 * Proposed while a broker's introduction waits for the introduced organisation's confirmation (the owner does not
 * see it); pending until the posting's owner accepts or declines it, or the interested side withdraws it.
 */
public enum InterestStatus {

	PROPOSED, PENDING, ACCEPTED, DECLINED, WITHDRAWN;

	/** Whether the interest still counts against a second one from the same organisation for the same posting. */
	public boolean isOpen() {
		return this == PROPOSED || this == PENDING || this == ACCEPTED;
	}

}
