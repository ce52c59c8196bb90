package org.hengqiao.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first operator from {@link BootstrapProperties}, before other start-up runners (demo data) that may
 * need one. An invalid email or a password the policy refuses stops the start-up: an installation without a
 * usable operator cannot verify anybody.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OperatorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

	static final String DISPLAY_NAME = "平台运营";

	private final BootstrapProperties properties;

	private final AccountManagement accounts;

	OperatorBootstrap(BootstrapProperties properties, AccountManagement accounts) {
		this.properties = properties;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.wantsOperator()) {
			return;
		}
		try {
			this.accounts.ensureOperator(String.valueOf(this.properties.operatorEmail()), DISPLAY_NAME,
					String.valueOf(this.properties.operatorPassword()));
		}
		catch (org.hengqiao.system.InvalidInput ex) {
			log.error("HENGQIAO_OPERATOR_EMAIL/HENGQIAO_OPERATOR_PASSWORD are not acceptable: {}", ex.errors()
				.stream()
				.map(error -> error.field() + " (" + error.messageKey() + ")")
				.toList());
			throw new IllegalStateException("The bootstrap operator could not be created", ex);
		}
	}

}
