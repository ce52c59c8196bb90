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
 * the database the first time a request asks who is acting. The session only says which account signed in; what
 * that account may do is always read anew.
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
		return this.actors.load(actor.accountId())
			.<SecurityContext>map(fresh -> new SecurityContextImpl(authenticated(fresh)))
			.orElseGet(SecurityContextHolder::createEmptyContext);
	}

	static Authentication authenticated(Actor actor) {
		return UsernamePasswordAuthenticationToken.authenticated(actor, null, AccountAuthorities.of(actor.roles()));
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
