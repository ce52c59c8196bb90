package org.hengqiao.deal;

/**
 * What deals need to know of brokers' assignments: a broker assigned to a deal's need, result or conversation may
 * open a deal for it. The brokerage module implements it (it depends on deals, so deals cannot depend on it).
 */
public interface DealBrokerage {

	boolean isAssignedToPosting(long brokerAccountId, long postingId);

	boolean isAssignedToConversation(long brokerAccountId, long conversationId);

}
