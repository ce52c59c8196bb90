package org.hengqiao.system;

import java.util.List;

/**
 * Input that passed bean validation but broke a rule only a service can check (a credit code's check character, a
 * budget range, a file's real type). Each field error carries a message key and its arguments, resolved in the
 * caller's language when the response is written.
 */
public class InvalidInput extends DomainException {

	private final List<FieldError> errors;

	public InvalidInput(List<FieldError> errors) {
		super(Kind.INVALID, "validation");
		this.errors = List.copyOf(errors);
	}

	public static InvalidInput of(String field, String messageKey, Object... arguments) {
		return new InvalidInput(List.of(new FieldError(field, messageKey, arguments)));
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	public record FieldError(String field, String messageKey, Object... arguments) {
	}

}
