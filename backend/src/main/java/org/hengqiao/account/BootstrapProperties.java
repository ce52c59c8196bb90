package org.hengqiao.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first operator, created at start-up when both are set and no account has the email yet (environment
 * {@code HENGQIAO_OPERATOR_EMAIL} and {@code HENGQIAO_OPERATOR_PASSWORD}). The password must pass the password
 * policy, or the platform refuses to start. Once the operator has signed in and changed the password, the
 * variables can be removed; further operators are made by an operator.
 */
@ConfigurationProperties("hengqiao.bootstrap")
record BootstrapProperties(@Nullable String operatorEmail, @Nullable String operatorPassword) {

	boolean wantsOperator() {
		return this.operatorEmail != null && !this.operatorEmail.isBlank() && this.operatorPassword != null
				&& !this.operatorPassword.isBlank();
	}

}
