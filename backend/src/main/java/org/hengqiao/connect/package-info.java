/**
 * From a match to a conversation: expressions of interest in needs and results, their acceptance, the
 * conversation between the two organisations it opens (messages, attachments, read receipts), the NDA a posting's
 * owner may ask for and the confidential details it guards, and the disclosure of restricted contact details to
 * the other side. Other modules listen to {@link org.hengqiao.connect.InterestExpressed},
 * {@link org.hengqiao.connect.InterestAnswered}, {@link org.hengqiao.connect.MessagePosted} and
 * {@link org.hengqiao.connect.NdaAccepted}; brokers propose introductions through
 * {@link org.hengqiao.connect.Interests}, which the introduced organisation confirms.
 */
@NullMarked
package org.hengqiao.connect;

import org.jspecify.annotations.NullMarked;
