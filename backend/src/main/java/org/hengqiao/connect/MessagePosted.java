package org.hengqiao.connect;

/** A message was posted in a conversation; the recipient is the other organisation. */
public record MessagePosted(long messageId, long conversationId, long postingId, long senderOrganisationId,
		long recipientOrganisationId, long senderAccountId) {
}
