package org.hengqiao.deal;

import java.util.Optional;

/**
 * Where a deal stands. Open stages move one step forward at a time; from an open stage a deal may also be lost. Once
 * the contract is signed the postings are closed as matched, so a deal can no longer be lost: it is executed and
 * completed.
 */
public enum DealStage {

	CONTACTED, NDA_SIGNED, NEGOTIATING, CONTRACT_SIGNED, IN_EXECUTION, COMPLETED, LOST;

	/** Before the contract: the deal can still fail. */
	public boolean isOpen() {
		return this == CONTACTED || this == NDA_SIGNED || this == NEGOTIATING;
	}

	public boolean isFinished() {
		return this == COMPLETED || this == LOST;
	}

	/** The stage after this one on the way to completion, if any. */
	public Optional<DealStage> next() {
		return switch (this) {
			case CONTACTED -> Optional.of(NDA_SIGNED);
			case NDA_SIGNED -> Optional.of(NEGOTIATING);
			case NEGOTIATING -> Optional.of(CONTRACT_SIGNED);
			case CONTRACT_SIGNED -> Optional.of(IN_EXECUTION);
			case IN_EXECUTION -> Optional.of(COMPLETED);
			case COMPLETED, LOST -> Optional.empty();
		};
	}

	public boolean canMoveTo(DealStage target) {
		return (target == LOST && isOpen()) || next().filter(target::equals).isPresent();
	}

}
