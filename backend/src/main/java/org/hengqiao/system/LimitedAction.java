package org.hengqiao.system;

/** What a client address is limited in ({@link ClientLimitProperties}); each has its own buckets. */
enum LimitedAction {

	SIGN_IN("sign-in"), REGISTRATION("registration"), PASSWORD_RESET("password-reset"),
	ANONYMOUS_MATCH("anonymous-match");

	private final String prefix;

	LimitedAction(String prefix) {
		this.prefix = prefix;
	}

	/** The bucket's id: the action and the client address. */
	String key(String client) {
		return this.prefix + ":" + client;
	}

}
