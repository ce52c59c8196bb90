package org.hengqiao.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

}
