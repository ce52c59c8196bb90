package org.hengqiao.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details with titles and details in the caller's language. Every error the platform
 * returns goes through here, so they share one shape: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, a stable {@code code} and, for invalid input, {@code errors} naming each offending field.
 */
@Component
public class Problems {

	/** The problem property naming the version a stale change lost to, so the client can reload and re-apply. */
	public static final String CURRENT_VERSION = "currentVersion";

	private static final String TYPE_BASE = "https://hengqiao.org/problems/";

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail of(HttpStatusCode status, String code, Object... detailArguments) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_BASE + code));
		problem.setTitle(this.messages.getMessage("problem." + code + ".title", null, code, locale));
		String detail = this.messages.getMessage("problem." + code + ".detail", detailArguments, "", locale);
		if (!detail.isEmpty()) {
			problem.setDetail(detail);
		}
		problem.setProperty("code", code);
		return problem;
	}

	public ProblemDetail withFieldErrors(HttpStatusCode status, String code, List<FieldProblem> errors) {
		ProblemDetail problem = of(status, code, errors.size());
		problem.setProperty("errors", errors);
		return problem;
	}

	/** Resolves a message key in the caller's language, for field errors raised by services. */
	public String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	/** One offending field: its JSON path (e.g. {@code budget.minYuan} or {@code rows[3].title}) and why. */
	public record FieldProblem(String field, String message) {
	}

}
