package org.hengqiao.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a multipart upload larger than its endpoint allows before anything reads it. The container's multipart
 * limit is one for all endpoints and must fit the largest (a catalogue import); this keeps every other endpoint at
 * the smaller default. It judges the declared {@code Content-Length}: a chunked upload without one is still bounded
 * by the container's limit and by each service's own size check of the file.
 */
@Component
class UploadSizeFilter extends OncePerRequestFilter implements OrderedFilter {

	private final UploadProperties properties;

	private final Problems problems;

	private final JsonMapper json;

	UploadSizeFilter(UploadProperties properties, Problems problems, JsonMapper json) {
		this.properties = properties;
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
		if (multipart && request.getContentLengthLong() > this.properties.maxBytesFor(request.getRequestURI())) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			// The client may still be sending: closing the connection spares reading what will be thrown away.
			response.setHeader("Connection", "close");
			this.json.writeValue(response.getOutputStream(),
					this.problems.of(HttpStatus.CONTENT_TOO_LARGE, "upload.tooLarge"));
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * After the locale filter, so the problem is in the caller's language; before the security filters, whose CSRF
	 * check may read the parts looking for a token parameter.
	 */
	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

}
