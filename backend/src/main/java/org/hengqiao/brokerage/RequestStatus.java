package org.hengqiao.brokerage;

/** Pending until the broker (an operator, for a request to any broker) answers or the requester withdraws it. */
public enum RequestStatus {

	PENDING, ACCEPTED, DECLINED, WITHDRAWN

}
