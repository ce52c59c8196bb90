package org.hengqiao.catalogue;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One node of the technical field taxonomy.
 *
 * @param code stable code, e.g. {@code MAT} (first level) or {@code MAT.NONFERROUS} (second level)
 * @param parentCode the first-level field of a second-level one; {@code null} for first-level fields
 */
public record TechnicalField(String code, @Nullable String parentCode, String nameZh, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	/** Postings are filed under second-level fields only. */
	public boolean isSecondLevel() {
		return this.parentCode != null;
	}

}
