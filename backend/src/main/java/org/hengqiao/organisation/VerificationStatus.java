package org.hengqiao.organisation;

/**
 * Where an organisation stands with the operators: unverified organisations can draft postings but not publish them.
 * UNVERIFIED or REJECTED → PENDING (the admin asks, with a licence uploaded) → VERIFIED or REJECTED (an operator
 * decides, giving a reason when rejecting).
 */
public enum VerificationStatus {

	UNVERIFIED, PENDING, VERIFIED, REJECTED;

	boolean mayRequest() {
		return this == UNVERIFIED || this == REJECTED;
	}

}
