package org.hengqiao.posting;

import java.util.Map;

import org.hengqiao.system.DomainException;

/**
 * The caller may see the posting but not do this to it: only its organisation's members edit and move it along,
 * only operators moderate.
 */
public class ActionNotAllowed extends DomainException {

	private final String action;

	public ActionNotAllowed(String action) {
		super(Kind.FORBIDDEN, "actionNotAllowed", action);
		this.action = action;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("action", this.action);
	}

}
