package org.hengqiao.system;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's service desk as the portal's footer shows it ({@code hengqiao.contact.*}); either may be left
 * unset, and the footer then leaves it out.
 *
 * @param hotline the service telephone number, as people dial it (e.g. 0734-8123456)
 * @param email the service mailbox
 */
@ConfigurationProperties("hengqiao.contact")
record ServiceContactProperties(@Nullable String hotline, @Nullable String email) {

	ServiceContact contact() {
		return new ServiceContact(blankToNull(this.hotline), blankToNull(this.email));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
