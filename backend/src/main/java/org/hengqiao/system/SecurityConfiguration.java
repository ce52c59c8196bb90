package org.hengqiao.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Server sessions for the portal, with CSRF protection in the single-page-app style: the token travels in the
 * {@code XSRF-TOKEN} cookie and comes back in the {@code X-XSRF-TOKEN} header. Who may do what is decided in the
 * services (they are the one place every caller passes through); the filter chain only turns missing or refused
 * authentication into problem details instead of login pages.
 * <p>
 * The account module signs people in through its own JSON endpoint and may contribute the
 * {@link SecurityContextRepository} (to refresh the signed-in person on every request); it uses the same
 * {@link CsrfTokenRepository} bean as the filter chain to rotate the token when someone signs in. The endpoints
 * open to anyone are held to per-client limits ({@link ClientLimitFilter}) once the chain knows who is calling.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Problems problems, JsonMapper json,
			CsrfTokenRepository csrfTokens, ObjectProvider<SecurityContextRepository> contexts,
			ClientLimits limits) {
		http.csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens))
			.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
			.addFilterAfter(new ClientLimitFilter(limits, problems, json), AnonymousAuthenticationFilter.class)
			.securityContext(context -> context
				.securityContextRepository(contexts.getIfAvailable(HttpSessionSecurityContextRepository::new)))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, ex) -> write(response, json,
						problems.of(HttpStatus.UNAUTHORIZED, "unauthorized")))
				.accessDeniedHandler((request, response, ex) -> write(response, json,
						problems.of(HttpStatus.FORBIDDEN, ex instanceof CsrfException ? "csrf" : "forbidden"))));
		return http.build();
	}

	/** What {@code csrf.spa()} would create itself: a cookie the portal's script can read. */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		return CookieCsrfTokenRepository.withHttpOnlyFalse();
	}

	/**
	 * Tokens are loaded lazily, and {@code csrf.spa()} does not load them: without this, no {@code XSRF-TOKEN}
	 * cookie would ever reach the portal (the repository writes the cookie only when a token is generated, so this
	 * costs one {@code Set-Cookie} per new token, not one per request).
	 */
	private static final class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

	private static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem)
			throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
