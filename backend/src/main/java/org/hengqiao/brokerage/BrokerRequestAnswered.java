package org.hengqiao.brokerage;

/** A broker (or, for a request to any broker, an operator) answered an organisation's request for help. */
public record BrokerRequestAnswered(long requestId, long requesterOrganisationId, long brokerAccountId,
		boolean accepted) {
}
