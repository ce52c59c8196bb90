package org.hengqiao.deal;

/** A step of the two sides' agreement that is not itself a stage change, as the history records it. */
public enum DealConsentStep {

	/** A side confirmed the deal. */
	CONFIRMED,

	/** A stage was proposed. */
	PROPOSED,

	/** A side agreed to a proposal that still waits for the other side (the broker proposed it). */
	PROPOSAL_AGREED,

	/** The proposal was turned down or withdrawn. */
	PROPOSAL_REJECTED

}
