package org.hengqiao.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
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
import org.springframework.security.web.header.Header;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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

	/**
	 * The portal is one module script and stylesheets from its own origin (the Vite build inlines neither); it
	 * talks only to its own API. {@code style-src} needs {@code 'unsafe-inline'}: Element Plus positions popovers,
	 * dialogs and tooltips with {@code style} attributes, and Swagger UI does the same; styles cannot run script, and
	 * {@code script-src} stays without it. Images and fonts may be {@code data:} URIs (Element Plus's icons, Swagger
	 * UI's). Nothing may frame the platform but the portal's own licence preview ({@link #SAME_ORIGIN_FRAMEABLE}).
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The one response the portal itself may frame: an operator's inline preview of a business licence beside the
	 * verification decision. Everything else stays unframeable.
	 */
	static final String SAME_ORIGIN_FRAMEABLE = "/api/v1/operator/verifications/*/licence";

	static final String SAME_ORIGIN_FRAMEABLE_POLICY = CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'",
			"frame-ancestors 'self'");

	/** Powerful browser features the platform never uses, off for it and anything it embeds. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "accelerometer=(), gyroscope=(), magnetometer=()";

	/** One year, as the HSTS preload list expects. */
	private static final int HSTS_MAX_AGE = 31_536_000;

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Problems problems, JsonMapper json,
			CsrfTokenRepository csrfTokens, ObjectProvider<SecurityContextRepository> contexts,
			ClientLimits limits) {
		RequestMatcher frameable = PathPatternRequestMatcher.pathPattern(HttpMethod.GET, SAME_ORIGIN_FRAMEABLE);
		http.csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens))
			.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
			.addFilterAfter(new ClientLimitFilter(limits, problems, json), AnonymousAuthenticationFilter.class)
			.securityContext(context -> context
				.securityContextRepository(contexts.getIfAvailable(HttpSessionSecurityContextRepository::new)))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/session", "/api/v1/registrations", "/api/v1/password-reset",
						"/api/v1/password-reset/*", "/api/v1/match")
				.permitAll()
				.requestMatchers(HttpMethod.DELETE, "/api/v1/session")
				.permitAll()
				// Every other change needs a signed-in caller, refused before the body is read: an anonymous
				// client cannot make the server parse and validate what only a member could send.
				.requestMatchers(HttpMethod.POST, "/api/**")
				.authenticated()
				.requestMatchers(HttpMethod.PUT, "/api/**")
				.authenticated()
				.requestMatchers(HttpMethod.PATCH, "/api/**")
				.authenticated()
				.requestMatchers(HttpMethod.DELETE, "/api/**")
				.authenticated()
				// Who may read what is decided in the services; the portal's pages and public reads are open.
				.anyRequest()
				.permitAll())
			.headers(headers -> headers.frameOptions(frame -> frame.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(frameable),
						new StaticHeadersWriter(List.of(new Header("Content-Security-Policy", CONTENT_SECURITY_POLICY),
								new Header("X-Frame-Options", "DENY")))))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(frameable,
						new StaticHeadersWriter(
								List.of(new Header("Content-Security-Policy", SAME_ORIGIN_FRAMEABLE_POLICY),
										new Header("X-Frame-Options", "SAMEORIGIN")))))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				// Written only on requests that arrived over TLS (directly, or per X-Forwarded-Proto when
				// server.forward-headers-strategy trusts the proxy): a plain-HTTP development server never pins.
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE)))
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

	/**
	 * What {@code csrf.spa()} would create itself: a cookie the portal's script can read. It is {@code Secure} when
	 * the request came over TLS (per {@code X-Forwarded-Proto} too when {@code server.forward-headers-strategy}
	 * trusts the proxy), and always when the session cookie is configured {@code Secure}
	 * ({@code HENGQIAO_SECURE_COOKIES}), like the session cookie.
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository(Environment environment) {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		if (environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
			repository.setCookieCustomizer(cookie -> cookie.secure(true));
		}
		return repository;
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
		ProblemResponses.write(response, json, problem);
	}

}
