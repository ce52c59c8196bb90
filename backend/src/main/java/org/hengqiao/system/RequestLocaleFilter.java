package org.hengqiao.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Applies the platform's locale rule (Chinese unless the caller asks for English) before Spring Security runs, so
 * problems written by the security filters (a missing CSRF token, a refused sign-in) speak the caller's language
 * too. Without it they would follow the servlet container's default locale, which is the JVM's.
 */
@Component
class RequestLocaleFilter extends OncePerRequestFilter implements OrderedFilter {

	private final LocaleResolver localeResolver;

	RequestLocaleFilter(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		LocaleContextHolder.setLocale(this.localeResolver.resolveLocale(request));
		try {
			chain.doFilter(request, response);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	/**
	 * After Spring's request context filter, before the query string and body size filters and the security filter
	 * chain.
	 */
	@Override
	public int getOrder() {
		return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 3;
	}

}
