package org.hengqiao.connect;

import java.util.List;

/** Who a conversation is between, for modules that must check a request comes from one of its two sides. */
public record ConversationParties(long conversationId, long postingId, long ownerOrganisationId,
		long interestedOrganisationId) {

	public boolean involves(long organisationId) {
		return this.ownerOrganisationId == organisationId || this.interestedOrganisationId == organisationId;
	}

	public List<Long> organisationIds() {
		return List.of(this.ownerOrganisationId, this.interestedOrganisationId);
	}

}
