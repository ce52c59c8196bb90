package org.hengqiao.system;

/**
 * A rule of the domain refused a request. Subclasses are named as facts ({@code PostingNotFound},
 * {@code IllegalTransition}); the kind decides the HTTP status and the code selects the localised message
 * {@code problem.<code>.title} and {@code .detail} (formatted with the arguments).
 */
public abstract class DomainException extends RuntimeException {

	public enum Kind {

		NOT_FOUND, CONFLICT, INVALID, FORBIDDEN, UNAUTHORIZED, UNAVAILABLE,

		/** Refused for now: the problem's {@code retryAfterSeconds} property says when to try again. */
		TOO_MANY_REQUESTS

	}

	private final Kind kind;

	private final String code;

	private final Object[] arguments;

	protected DomainException(Kind kind, String code, Object... arguments) {
		super(code);
		this.kind = kind;
		this.code = code;
		this.arguments = arguments.clone();
	}

	public Kind kind() {
		return this.kind;
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** Extra members for the problem detail, e.g. the current version after a lost concurrent edit. */
	public java.util.Map<String, Object> properties() {
		return java.util.Map.of();
	}

}
