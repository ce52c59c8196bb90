package org.hengqiao.operations;

/** What waits for an operator, as counts; the portal links each to where it is handled. */
public record OperatorBoardView(long verifications, long moderation, long disputedDeals, long overdueFollowUps,
		long failedEmails, long failedImports) {
}
