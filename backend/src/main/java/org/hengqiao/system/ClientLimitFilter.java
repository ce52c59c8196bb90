package org.hengqiao.system;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Holds each client address to {@link ClientLimitProperties} on the endpoints open to anyone, before anything is
 * read or checked: over the limit, a 429 problem with {@code Retry-After}. The address is the connection's
 * ({@link HttpServletRequest#getRemoteAddr()}), which is the client's as a trusted proxy reports it only when
 * {@code server.forward-headers-strategy} says to believe the proxy's {@code X-Forwarded-For}; otherwise a client
 * could name any address it likes. Runs in the security filter chain after the session is known, since matching
 * is limited for visitors only.
 */
final class ClientLimitFilter extends OncePerRequestFilter {

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final ClientLimits limits;

	private final Problems problems;

	private final JsonMapper json;

	ClientLimitFilter(ClientLimits limits, Problems problems, JsonMapper json) {
		this.limits = limits;
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		LimitedAction action = HttpMethod.POST.matches(request.getMethod()) ? action(request) : null;
		Optional<Duration> wait = action != null ? this.limits.take(action, request.getRemoteAddr())
				: Optional.empty();
		if (wait.isPresent()) {
			long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
			ProblemDetail problem = this.problems.of(HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests", seconds);
			problem.setProperty(ProblemHandler.RETRY_AFTER_SECONDS, seconds);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
			ProblemResponses.write(response, this.json, problem);
			return;
		}
		chain.doFilter(request, response);
	}

	private @Nullable LimitedAction action(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return switch (path) {
			case "/api/v1/session" -> LimitedAction.SIGN_IN;
			case "/api/v1/registrations" -> LimitedAction.REGISTRATION;
			case "/api/v1/password-reset" -> LimitedAction.PASSWORD_RESET;
			case "/api/v1/match" -> signedIn() ? null : LimitedAction.ANONYMOUS_MATCH;
			default -> null;
		};
	}

	private boolean signedIn() {
		return this.trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}

}
