package org.hengqiao.brokerage;

/** What a broker is assigned to, or what a follow-up is about. Deals take follow-ups only, not assignments. */
public enum SubjectType {

	NEED, RESULT, CONVERSATION, DEAL;

	public boolean isAssignable() {
		return this != DEAL;
	}

}
