package org.hengqiao.organisation;

import org.jspecify.annotations.Nullable;

/**
 * An organisation being registered, as registration and demo data pass it to {@link Registration}.
 *
 * @param creditCode the unified social credit code as typed (normalised and checked by {@link CreditCode#parse})
 * @param regionCode an administrative division the platform knows (see {@link Regions})
 * @param website an http or https address
 * @param profile what the organisation does, at most 4,000 characters
 */
public record NewOrganisation(OrganisationType type, String nameZh, @Nullable String nameEn, String creditCode,
		String regionCode, @Nullable IndustrySection industry, @Nullable OrganisationSize size,
		@Nullable String website, @Nullable String profile) {
}
