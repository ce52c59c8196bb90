package org.hengqiao.connect;

import org.hengqiao.posting.ContactDisclosures;
import org.springframework.stereotype.Component;

/** Restricted contact details are revealed to the other side of an accepted interest. */
@Component
class AcceptedInterestDisclosures implements ContactDisclosures {

	private final InterestRecords interests;

	AcceptedInterestDisclosures(InterestRecords interests) {
		this.interests = interests;
	}

	@Override
	public boolean disclosedTo(long organisationId, long postingId) {
		return this.interests.acceptedFor(postingId, organisationId);
	}

}
