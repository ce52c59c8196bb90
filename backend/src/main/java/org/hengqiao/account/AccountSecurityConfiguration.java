package org.hengqiao.account;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.transaction.support.TransactionTemplate;

/** How people sign in: Argon2id password hashes, the throttled password check, the refreshed session context. */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfiguration {

	static final String CURRENT_ENCODING = "argon2";

	/**
	 * Argon2id with Spring Security's 5.8 defaults (16 MiB memory, 2 iterations). Hashes carry their algorithm's
	 * id ({@code {argon2}…}), so a stronger setting or algorithm can be introduced later and older hashes upgraded
	 * when their owners next sign in; bcrypt is understood for hashes imported from elsewhere.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(CURRENT_ENCODING,
				Map.of(CURRENT_ENCODING, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt",
						new BCryptPasswordEncoder()));
	}

	@Bean
	AuthenticationManager authenticationManager(Accounts accounts, SignInThrottle throttle,
			SessionGenerations sessions, PasswordEncoder passwordEncoder, ActorLoader actors,
			TransactionTemplate transactions) {
		return new ProviderManager(
				new PasswordSignIn(accounts, throttle, sessions, passwordEncoder, actors, transactions));
	}

	@Bean
	SecurityContextRepository securityContextRepository(ActorLoader actors) {
		return new RefreshingSecurityContextRepository(actors);
	}

	/** On sign-in: a new session id (against session fixation) and a new CSRF token. */
	@Bean
	SessionAuthenticationStrategy sessionAuthenticationStrategy(CsrfTokenRepository csrfTokens) {
		return new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
	}

}
