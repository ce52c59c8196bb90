package org.hengqiao.posting;

import java.util.Map;

import org.hengqiao.system.DomainException;

/** Content may change only before the deal starts: in negotiation, closed, withdrawn or expired postings are fixed. */
public class PostingNotEditable extends DomainException {

	private final PostingStatus status;

	public PostingNotEditable(PostingStatus status) {
		super(Kind.CONFLICT, "postingNotEditable", status);
		this.status = status;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("status", this.status.name());
	}

}
