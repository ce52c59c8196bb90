package org.hengqiao.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Signing in and out through the portal's JSON endpoints, done the way Spring Security's own login filters do it:
 * authenticate with the {@link AuthenticationManager}, apply the session strategy (new session id, new CSRF token),
 * keep the context in the session through the {@link SecurityContextRepository}.
 */
@Component
class Sessions {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	private final AuthenticationManager authenticationManager;

	private final SessionAuthenticationStrategy sessionStrategy;

	private final SecurityContextRepository contexts;

	private final Clock clock;

	Sessions(AuthenticationManager authenticationManager, SessionAuthenticationStrategy sessionStrategy,
			SecurityContextRepository contexts, Clock clock) {
		this.authenticationManager = authenticationManager;
		this.sessionStrategy = sessionStrategy;
		this.contexts = contexts;
		this.clock = clock;
	}

	Actor signIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication;
		try {
			authentication = this.authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
		}
		catch (PasswordSignIn.SignInLockedException ex) {
			throw new SignInLocked(ex.until(), secondsUntil(ex.until()));
		}
		catch (AuthenticationException ex) {
			throw new SignInRefused();
		}
		this.sessionStrategy.onAuthentication(authentication, request, response);
		renderNewCsrfToken(request);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(authentication);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return (Actor) authentication.getPrincipal();
	}

	/**
	 * Ends the session. Other sessions of the same person stay signed in: the platform keeps no index of a
	 * person's sessions (they live in each server's memory), and a changed password does not end them either.
	 */
	void signOut(HttpServletRequest request, HttpServletResponse response) {
		this.logout.logout(request, response, this.holder.getContext().getAuthentication());
		this.contexts.saveContext(this.holder.createEmptyContext(), request, response);
	}

	/** The CSRF strategy replaced the token lazily; load it now so the new cookie goes out with this response. */
	private static void renderNewCsrfToken(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}

	private long secondsUntil(Instant until) {
		// Rounded up: a client that waits exactly this long must find the lock gone.
		return Math.max(1, (Duration.between(this.clock.instant(), until).toMillis() + 999) / 1000);
	}

}
