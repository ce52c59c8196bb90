package org.hengqiao.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Holds every request body to its limit before anything reads it: a multipart upload to its endpoint's limit
 * ({@link UploadProperties}), every other body (JSON above all) to {@link BodyLimits}. A declared
 * {@code Content-Length} over the limit is refused at once (413) without reading a byte; a body without one
 * (chunked) is counted as it is read, and the reader gets {@link BodyTooLarge} at the first byte past the limit.
 * <p>
 * Multipart bodies are parsed by the servlet container from its own stream, not from this filter's: a chunked upload
 * is bounded by the container's multipart limit and by each service's own size check of the file.
 */
@Component
class BodySizeFilter extends OncePerRequestFilter implements OrderedFilter {

	private final UploadProperties uploads;

	private final BodyLimits limits;

	private final Problems problems;

	private final JsonMapper json;

	BodySizeFilter(UploadProperties uploads, BodyLimits limits, Problems problems, JsonMapper json) {
		this.uploads = uploads;
		this.limits = limits;
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
		long limit = multipart ? this.uploads.maxBytesFor(request.getRequestURI()) : this.limits.maxBodySize().toBytes();
		if (request.getContentLengthLong() > limit) {
			// The client may still be sending: closing the connection spares reading what will be thrown away.
			response.setHeader("Connection", "close");
			ProblemResponses.write(response, this.json, multipart
					? this.problems.of(HttpStatus.CONTENT_TOO_LARGE, "upload.tooLarge")
					: this.problems.of(HttpStatus.CONTENT_TOO_LARGE, "bodyTooLarge", String.valueOf(DataSize.ofBytes(limit).toKilobytes())));
			return;
		}
		chain.doFilter(multipart ? request : new CountedRequest(request, limit), response);
	}

	/**
	 * After the locale filter, so the problem is in the caller's language; before the security filters, whose CSRF
	 * check may read the parts looking for a token parameter.
	 */
	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
	}

	/** A request whose body stream refuses to go past the limit. */
	private static final class CountedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream counted;

		CountedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.counted == null) {
				this.counted = new CountingStream(super.getInputStream(), this.limit);
			}
			return this.counted;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream body;

		private final long limit;

		private long read;

		CountingStream(ServletInputStream body, long limit) {
			this.body = body;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.body.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.body.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLarge {
			this.read += n;
			if (this.read > this.limit) {
				throw new BodyTooLarge(this.limit);
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

		@Override
		public void close() throws IOException {
			this.body.close();
		}

	}

}
