package org.hengqiao.organisation;

import org.jspecify.annotations.Nullable;

/**
 * A new version of an organisation's editable profile; the type and credit code cannot change. The names
 * cannot change once the organisation is pending verification or verified: they are what the operator checked against
 * the licence.
 *
 * @param version the version the edit is based on; a stale one is refused
 */
public record ProfileChange(long version, String nameZh, @Nullable String nameEn, String regionCode,
		@Nullable IndustrySection industry, @Nullable OrganisationSize size, @Nullable String website,
		@Nullable String profile) {
}
