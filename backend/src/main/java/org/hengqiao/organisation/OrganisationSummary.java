package org.hengqiao.organisation;

import org.jspecify.annotations.Nullable;

/** What other modules need to know of an organisation: to show it and to decide what it may do. */
public record OrganisationSummary(long id, OrganisationType type, String nameZh, @Nullable String nameEn,
		String regionCode, boolean verified) {

	/** The name in the caller's language, falling back to Chinese. */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) && this.nameEn != null && !this.nameEn.isBlank() ? this.nameEn
				: this.nameZh;
	}

}
