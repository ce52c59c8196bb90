/**
 * Deals (技术交易): a need and/or a result carried from first contact through negotiation to a signed technology
 * contract and its execution, or lost, disputed or voided with a reason. A deal binds its two verified organisations
 * only once both sides confirmed it, and each stage only once one side (or the deal's broker) proposed it and the
 * other confirmed it; operators read every deal and may void one. Each stage change is audited and published as
 * {@link org.hengqiao.deal.DealStageChanged}; the postings follow through
 * {@link org.hengqiao.posting.PostingSettlement}. What the deal module needs to know of broker assignments it asks
 * through {@link org.hengqiao.deal.DealBrokerage}, which the brokerage module implements (it depends on deals).
 */
@NullMarked
package org.hengqiao.deal;

import org.jspecify.annotations.NullMarked;
