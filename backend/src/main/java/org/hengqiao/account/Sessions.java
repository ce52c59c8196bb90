package org.hengqiao.account;

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
 * keep the context in the session through the {@link SecurityContextRepository}. A successful sign-in also makes
 * the browser a known device of the account ({@link DeviceCookies}).
 */
@Component
class Sessions {

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	private final AuthenticationManager authenticationManager;

	private final SessionAuthenticationStrategy sessionStrategy;

	private final SecurityContextRepository contexts;

	private final DeviceCookies devices;

	private final SessionGenerations generations;

	Sessions(AuthenticationManager authenticationManager, SessionAuthenticationStrategy sessionStrategy,
			SecurityContextRepository contexts, DeviceCookies devices, SessionGenerations generations) {
		this.authenticationManager = authenticationManager;
		this.sessionStrategy = sessionStrategy;
		this.contexts = contexts;
		this.devices = devices;
		this.generations = generations;
	}

	Actor signIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email,
				password);
		attempt.setDetails((PasswordSignIn.KnownDevice) accountId -> this.devices.nonceFor(request, accountId));
		Authentication authentication;
		try {
			authentication = this.authenticationManager.authenticate(attempt);
		}
		catch (PasswordSignIn.SignInThrottledException ex) {
			throw new SignInThrottled(ex.retryAfter());
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
		Actor actor = (Actor) authentication.getPrincipal();
		this.devices.issue(request, response, actor.accountId());
		return actor;
	}

	/**
	 * Keeps this session signed in after the person's password changed, which ended all their sessions (see
	 * {@link SessionGenerations}): the session moves to the account's new generation, with a new session id.
	 */
	void keepAfterPasswordChange(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = this.holder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof Actor actor)) {
			return;
		}
		Authentication renewed = RefreshingSecurityContextRepository.authenticated(actor,
				this.generations.current(actor.accountId()));
		this.sessionStrategy.onAuthentication(renewed, request, response);
		renderNewCsrfToken(request);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(renewed);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	/** Ends this session; the person's other sessions stay signed in. */
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

}
