package org.hengqiao.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;

import org.hengqiao.account.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Sends a request as a given person (with a valid CSRF token), the way the session would after sign-in. */
public final class Acting {

	private Acting() {
	}

	public static RequestPostProcessor as(Actor actor) {
		List<SimpleGrantedAuthority> authorities = actor.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		RequestPostProcessor signedIn = authentication(
				new UsernamePasswordAuthenticationToken(actor, null, authorities));
		return request -> csrf().postProcessRequest(signedIn.postProcessRequest(request));
	}

	/** A visitor who is not signed in, still with a CSRF token so only the service's rules decide. */
	public static RequestPostProcessor anonymous() {
		return csrf();
	}

}
