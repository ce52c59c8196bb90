package org.hengqiao.deal;

/** The two sides of a deal: the demand side (the need's owner, the contract's client) and the supply side. */
public enum DealSide {

	DEMAND, SUPPLY;

	DealSide other() {
		return this == DEMAND ? SUPPLY : DEMAND;
	}

}
