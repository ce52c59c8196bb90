package org.hengqiao.brokerage;

import java.util.List;

/** A broker now reads a conversation, at one side's request: both organisations are told. */
public record BrokerJoinedConversation(long conversationId, long brokerAccountId, List<Long> organisationIds) {
}
