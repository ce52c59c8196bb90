package org.hengqiao.connect;

/** Pending until the posting's owner accepts or declines it, or the interested side withdraws it. */
public enum InterestStatus {

	PENDING, ACCEPTED, DECLINED, WITHDRAWN;

	/** Whether the interest still counts against a second one from the same organisation for the same posting. */
	public boolean isOpen() {
		return this == PENDING || this == ACCEPTED;
	}

}
