package org.hengqiao.organisation;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** An administrative division (GB/T 2260), e.g. 430400 衡阳市 or 430421 衡阳县. */
public record Region(String code, @Nullable String parentCode, String level, String nameZh, String nameEn) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

}
