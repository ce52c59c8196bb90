package org.hengqiao.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hengqiao.system.Problems.FieldProblem;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Judges the query string and the path before anything decodes them: every parameter name and value must be
 * well-formed percent-encoded UTF-8 and {@link CleanText}, and so must the path (path variables are parts of it).
 * The container decodes parameters lazily, the first time anyone asks for one, and fails on {@code %}, {@code %C0}
 * or {@code %zz} with an exception nothing expects (a 500 and a stack trace in the log); here the caller gets a 400
 * naming the parameter.
 */
@Component
class QueryStringFilter extends OncePerRequestFilter implements OrderedFilter {

	/** The field a problem names when the broken part is no parameter's value. */
	static final String QUERY = "query", PATH = "path";

	private final Problems problems;

	private final JsonMapper json;

	QueryStringFilter(Problems problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> bad = badPart(request.getQueryString(), request.getRequestURI());
		if (bad.isPresent()) {
			String field = bad.get();
			ProblemDetail problem = this.problems.of(HttpStatus.BAD_REQUEST, "parameter", field);
			problem.setProperty("errors",
					List.of(new FieldProblem(field, this.problems.message("problem.parameter.detail", field))));
			ProblemResponses.write(response, this.json, problem);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The name of the first parameter (or {@value #QUERY}, {@value #PATH}) that is badly encoded or unclean. */
	static Optional<String> badPart(String query, String path) {
		if (decoded(path, false).filter(CleanText::isClean).isEmpty()) {
			return Optional.of(PATH);
		}
		if (query == null || query.isEmpty()) {
			return Optional.empty();
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			Optional<String> name = decoded(equals < 0 ? pair : pair.substring(0, equals), true)
				.filter(CleanText::isClean);
			if (name.isEmpty()) {
				return Optional.of(QUERY);
			}
			if (equals >= 0 && decoded(pair.substring(equals + 1), true).filter(CleanText::isClean).isEmpty()) {
				return Optional.of(name.get().isEmpty() ? QUERY : name.get());
			}
		}
		return Optional.empty();
	}

	/** Percent-decoded as UTF-8, refusing what {@code URLDecoder} would guess at; empty when malformed. */
	static Optional<String> decoded(String text, boolean plusIsSpace) {
		if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
			return Optional.of(text);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length()) {
					return Optional.empty();
				}
				int high = hex(text.charAt(i + 1));
				int low = hex(text.charAt(i + 2));
				if (high < 0 || low < 0) {
					return Optional.empty();
				}
				bytes.write(high << 4 | low);
				i += 2;
			}
			else if (c == '+' && plusIsSpace) {
				bytes.write(' ');
			}
			else {
				int end = i;
				while (end < text.length() && text.charAt(end) != '%' && (!plusIsSpace || text.charAt(end) != '+')) {
					end++;
				}
				bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
				i = end - 1;
			}
		}
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	/** An ASCII hex digit's value (Character.digit would take full-width and other scripts' digits too). */
	private static int hex(char c) {
		return c < 0x80 ? Character.digit(c, 16) : -1;
	}

	/** Before the body size filter and the security filters, which may ask for a parameter. */
	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2;
	}

}
