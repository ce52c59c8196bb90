package org.hengqiao.account;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as seen from a person's account.
 *
 * @param verified whether an operator verified the organisation
 * @param serviceAgency whether it is a technology service agency, whose members may be brokers
 * @param type the organisation's type code (ENTERPRISE, UNIVERSITY, …), for the portal to offer the right posting
 */
public record Affiliation(long organisationId, String nameZh, @Nullable String nameEn, boolean verified,
		boolean serviceAgency, String type) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) && this.nameEn != null && !this.nameEn.isBlank() ? this.nameEn
				: this.nameZh;
	}

}
