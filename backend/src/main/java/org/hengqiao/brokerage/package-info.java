/**
 * Technology brokers (技术经纪人) at work: operators and the admins of a broker's service agency assign brokers to
 * needs, results and conversations; the broker's workbench shows the assigned items with the matches the engine
 * suggests, the deals they follow and their follow-ups, which a scheduled job flags once when they fall overdue
 * ({@link org.hengqiao.brokerage.FollowUpOverdue}). Brokers introduce the owners of a need and a result through the
 * connect module's {@link org.hengqiao.connect.Interests}. Tells the deal module which brokers are assigned to what
 * ({@link org.hengqiao.deal.DealBrokerage}) and the connect module which broker oversees which conversation
 * ({@link org.hengqiao.connect.ConversationOversight}).
 */
@NullMarked
package org.hengqiao.brokerage;

import org.jspecify.annotations.NullMarked;
