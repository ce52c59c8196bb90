package org.hengqiao.account;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as seen from a person's account.
 *
 * @param verified whether an operator verified the organisation
 * @param serviceAgency whether it is a technology service agency, whose members may be brokers
 */
public record Affiliation(long organisationId, String nameZh, @Nullable String nameEn, boolean verified,
		boolean serviceAgency) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && this.nameEn != null && !this.nameEn.isBlank() ? this.nameEn
				: this.nameZh;
	}

}
