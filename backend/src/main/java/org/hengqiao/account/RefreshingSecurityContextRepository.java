package org.hengqiao.account;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps the security context in the HTTP session, and replaces the {@link Actor} found there by a fresh one from
 * the database the first time a request asks who is acting. The session only says which account signed in, and at
 * which {@link SessionGenerations session generation}; what that account may do, and whether the session still
 * counts, is always read anew.
 */
class RefreshingSecurityContextRepository implements SecurityContextRepository {

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final ActorLoader actors;

	RefreshingSecurityContextRepository(ActorLoader actors) {
		this.actors = actors;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext stored = this.sessions.loadDeferredContext(request);
		return new Refreshed(stored, this::refresh);
	}

	/** Only the deferred variant is used by the filter chain since Spring Security 6. */
	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return refresh(this.sessions.loadContext(holder));
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		this.sessions.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return this.sessions.containsContext(request);
	}

	private SecurityContext refresh(SecurityContext stored) {
		Authentication authentication = stored.getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Actor actor)) {
			return stored;
		}
		if (!(authentication.getDetails() instanceof SessionGeneration generation)) {
			return SecurityContextHolder.createEmptyContext();
		}
		return this.actors.loadForSession(actor.accountId(), generation.value())
			.<SecurityContext>map(fresh -> new SecurityContextImpl(authenticated(fresh, generation.value())))
			.orElseGet(SecurityContextHolder::createEmptyContext);
	}

	/** Acting for someone outside any session ({@link Actors#runAs}); never kept in a session. */
	static Authentication authenticated(Actor actor) {
		return UsernamePasswordAuthenticationToken.authenticated(actor, null, AccountAuthorities.of(actor.roles()));
	}

	/** The authentication a session keeps: who signed in, at which generation of the account's sessions. */
	static Authentication authenticated(Actor actor, long sessionGeneration) {
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(actor,
				null, AccountAuthorities.of(actor.roles()));
		authentication.setDetails(new SessionGeneration(sessionGeneration));
		return authentication;
	}

	/** Kept in the session with the authentication; see {@link SessionGenerations}. */
	record SessionGeneration(long value) implements java.io.Serializable {
	}

	private static final class Refreshed implements DeferredSecurityContext {

		private final DeferredSecurityContext stored;

		private final Function<SecurityContext, SecurityContext> refresh;

		private @Nullable SecurityContext context;

		Refreshed(DeferredSecurityContext stored,
				Function<SecurityContext, SecurityContext> refresh) {
			this.stored = stored;
			this.refresh = refresh;
		}

		@Override
		public SecurityContext get() {
			SecurityContext context = this.context;
			if (context == null) {
				context = this.refresh.apply(this.stored.get());
				this.context = context;
			}
			return context;
		}

		@Override
		public boolean isGenerated() {
			return this.stored.isGenerated();
		}

	}

}
