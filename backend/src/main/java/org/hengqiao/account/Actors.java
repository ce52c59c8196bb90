package org.hengqiao.account;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is acting in the current request. Services ask here rather than trusting controllers. */
@Component
public class Actors {

	public Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	/** The acting person; refuses anonymous callers with {@link NotSignedIn} (401). */
	public Actor required() {
		return current().orElseThrow(NotSignedIn::new);
	}

	/** The acting person if they are platform staff; otherwise {@link NotAllowed} (403). */
	public Actor requireOperator() {
		return require(Actor::isOperator);
	}

	/** The acting person if they administer the organisation; otherwise {@link NotAllowed} (403). */
	public Actor requireAdminOf(long organisationId) {
		return require(actor -> actor.isAdminOf(organisationId));
	}

	/** The acting person if they administer the organisation or are platform staff. */
	public Actor requireAdminOfOrOperator(long organisationId) {
		return require(actor -> actor.isAdminOf(organisationId) || actor.isOperator());
	}

	private Actor require(Predicate<Actor> allowed) {
		Actor actor = required();
		if (!allowed.test(actor)) {
			throw new NotAllowed();
		}
		return actor;
	}

	/**
	 * Runs work on behalf of a person outside any request: demo data, start-up and scheduled jobs, where nobody is
	 * signed in but the services still decide what is allowed. Get the actor from
	 * {@link AccountManagement#actorOf(long)}. The previous security context is restored afterwards.
	 */
	public <T extends @Nullable Object> T callAs(Actor actor, Supplier<T> work) {
		SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
		SecurityContext previous = holder.getContext();
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(RefreshingSecurityContextRepository.authenticated(actor));
		holder.setContext(context);
		try {
			return work.get();
		}
		finally {
			holder.setContext(previous);
		}
	}

	/** Like {@link #callAs(Actor, Supplier)}, for work without a result. */
	public void runAs(Actor actor, Runnable work) {
		callAs(actor, () -> {
			work.run();
			return null;
		});
	}

}
