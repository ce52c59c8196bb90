package org.hengqiao.connect;

/**
 * A broker proposed an interest on an organisation's behalf; that organisation must confirm it before the posting's
 * owner sees it. Published in the transaction that recorded it.
 */
public record IntroductionProposed(long interestId, long postingId, long interestedOrganisationId,
		long brokerAccountId) {
}
