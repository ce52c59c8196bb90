package org.hengqiao.deal;

import java.util.Map;

import org.hengqiao.system.DomainException;

/** The deal's stage does not allow the requested one: a skipped stage, a step back, or losing a signed deal. */
public class IllegalStageChange extends DomainException {

	private final DealStage from;

	private final DealStage to;

	public IllegalStageChange(DealStage from, DealStage to) {
		super(Kind.CONFLICT, "illegalStageChange", from, to);
		this.from = from;
		this.to = to;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("from", this.from.name(), "to", this.to.name());
	}

}
