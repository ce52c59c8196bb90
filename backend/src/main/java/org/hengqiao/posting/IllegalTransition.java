package org.hengqiao.posting;

import java.util.Map;

import org.hengqiao.system.DomainException;

/** The posting's current status does not allow the requested one (e.g. approving a draft). */
public class IllegalTransition extends DomainException {

	private final PostingStatus from;

	private final PostingStatus to;

	public IllegalTransition(PostingStatus from, PostingStatus to) {
		super(Kind.CONFLICT, "illegalTransition", from, to);
		this.from = from;
		this.to = to;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("from", this.from.name(), "to", this.to.name());
	}

}
