/**
 * Technology brokers (技术经纪人) at work, by consent: operators assign brokers to public needs and results;
 * organisations ask a broker for help with their postings and conversations
 * ({@link org.hengqiao.brokerage.RequestManagement}), which the broker accepts; a conversation is joined only at one
 * of its organisations' request, both are told, and either may remove the broker. The broker's workbench shows the
 * assigned items with the matches the engine suggests, the deals they follow and their follow-ups, which a scheduled
 * job flags once when they fall overdue ({@link org.hengqiao.brokerage.FollowUpOverdue}). Brokers propose
 * introductions of the owners of a need and a result through the connect module's
 * {@link org.hengqiao.connect.Interests}; the introduced side confirms them. Tells the deal module which brokers are
 * assigned to what ({@link org.hengqiao.deal.DealBrokerage}) and the connect module which broker oversees which
 * conversation ({@link org.hengqiao.connect.ConversationOversight}).
 */
@NullMarked
package org.hengqiao.brokerage;

import org.jspecify.annotations.NullMarked;
