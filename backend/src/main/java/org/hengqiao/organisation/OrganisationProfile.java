package org.hengqiao.organisation;

import org.jspecify.annotations.Nullable;

/**
 * What anyone may read of an organisation: never its licence, credit code or members.
 *
 * @param name the name in the caller's language
 * @param version for editing: send it back with a {@link ProfileChange}
 */
public record OrganisationProfile(long id, OrganisationType type, String name, String nameZh, @Nullable String nameEn,
		Named region, @Nullable Named industry, @Nullable OrganisationSize size, @Nullable String website,
		@Nullable String profile, boolean verified, long version) {

	/** A code and its name in the caller's language (a region, an industry section). */
	public record Named(String code, String name) {
	}

}
