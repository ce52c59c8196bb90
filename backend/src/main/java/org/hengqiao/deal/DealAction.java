package org.hengqiao.deal;

/** What the caller may do with a deal now, so a client offers only those. */
public enum DealAction {

	/** Confirm the deal for the caller's side (the other side opened it). */
	CONFIRM_DEAL,

	/** Propose the next stage (see {@link DealView#nextStages}). */
	PROPOSE,

	/** Agree to the pending proposal for the caller's side. */
	CONFIRM_PROPOSAL,

	/** Turn down the pending proposal (or withdraw the caller's own). */
	REJECT_PROPOSAL,

	/** Walk away before the contract (declines or withdraws an unconfirmed deal). */
	MARK_LOST,

	/** End the deal as disputed and get the postings back. */
	DISPUTE,

	/** Operators: end the deal as void and give its postings back. */
	VOID

}
