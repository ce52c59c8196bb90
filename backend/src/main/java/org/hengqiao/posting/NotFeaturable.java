package org.hengqiao.posting;

import java.util.Map;

import org.hengqiao.system.DomainException;

/** Only a published result can be featured on the home page (a need, a draft or a closed result cannot). */
public class NotFeaturable extends DomainException {

	private final PostingStatus status;

	public NotFeaturable(PostingKind kind, PostingStatus status) {
		super(Kind.CONFLICT, "notFeaturable." + kind.name());
		this.status = status;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("status", this.status.name());
	}

}
