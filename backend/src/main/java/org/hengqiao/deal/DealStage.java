package org.hengqiao.deal;

import java.util.Optional;

/**
 * Where a deal stands. Open stages move one step forward at a time, each step agreed by both sides; from an open stage
 * either side may walk away (lost). Once the contract is signed the postings are closed as matched, so a deal can no
 * longer be lost: it is executed and completed. An owner may dispute, and an operator void, a deal that is not
 * finished: both end it and give its postings back.
 */
public enum DealStage {

	CONTACTED, NDA_SIGNED, NEGOTIATING, CONTRACT_SIGNED, IN_EXECUTION, COMPLETED, LOST, DISPUTED, VOIDED;

	/** Before the contract: the deal can still fail. */
	public boolean isOpen() {
		return this == CONTACTED || this == NDA_SIGNED || this == NEGOTIATING;
	}

	public boolean isFinished() {
		return this == COMPLETED || isEnded();
	}

	/** Ended without (or undoing) a contract: lost, disputed or voided. */
	public boolean isEnded() {
		return this == LOST || this == DISPUTED || this == VOIDED;
	}

	/** The deal holds its postings: in negotiation, or closed as matched under its contract. */
	public boolean holdsPostings() {
		return this == NEGOTIATING || closesPostings();
	}

	/** The signed contract closed the postings as matched. */
	public boolean closesPostings() {
		return this == CONTRACT_SIGNED || this == IN_EXECUTION || this == COMPLETED;
	}

	/** The stage after this one on the way to completion, if any. */
	public Optional<DealStage> next() {
		return switch (this) {
			case CONTACTED -> Optional.of(NDA_SIGNED);
			case NDA_SIGNED -> Optional.of(NEGOTIATING);
			case NEGOTIATING -> Optional.of(CONTRACT_SIGNED);
			case CONTRACT_SIGNED -> Optional.of(IN_EXECUTION);
			case IN_EXECUTION -> Optional.of(COMPLETED);
			case COMPLETED, LOST, DISPUTED, VOIDED -> Optional.empty();
		};
	}

	public boolean canMoveTo(DealStage target) {
		return (target == LOST && isOpen()) || next().filter(target::equals).isPresent();
	}

}
