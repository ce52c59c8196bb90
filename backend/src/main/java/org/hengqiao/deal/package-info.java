/**
 * Deals (技术交易): a need and/or a result carried from first contact through negotiation to a signed technology
 * contract and its execution, or lost with a reason. Members of the two organisations involved and the deal's
 * broker move it along; operators read every deal. Each stage change is audited and published as
 * {@link org.hengqiao.deal.DealStageChanged}; the postings follow through
 * {@link org.hengqiao.posting.PostingSettlement}. What the deal module needs to know of broker assignments it asks
 * through {@link org.hengqiao.deal.DealBrokerage}, which the brokerage module implements (it depends on deals).
 */
@NullMarked
package org.hengqiao.deal;

import org.jspecify.annotations.NullMarked;
