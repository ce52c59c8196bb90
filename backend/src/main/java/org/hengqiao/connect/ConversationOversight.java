package org.hengqiao.connect;

/**
 * Lets another module (brokerage) say which broker oversees which conversation. With no implementation present,
 * only the two organisations read a conversation.
 */
public interface ConversationOversight {

	boolean oversees(long brokerAccountId, long conversationId);

}
