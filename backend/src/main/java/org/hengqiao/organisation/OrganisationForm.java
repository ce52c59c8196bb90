package org.hengqiao.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An organisation as the registration form sends it. */
record OrganisationForm(@NotNull OrganisationType type, @NotBlank @Size(max = OrganisationRules.MAX_NAME) String nameZh,
		@Size(max = OrganisationRules.MAX_NAME) @Nullable String nameEn,
		@NotBlank @Size(max = 40) String creditCode, @NotBlank @Pattern(regexp = "[0-9]{6}") String regionCode,
		@Nullable IndustrySection industry, @Nullable OrganisationSize size,
		@Size(max = OrganisationRules.MAX_WEBSITE) @Pattern(regexp = "(?i)https?://\\S+") @Nullable String website,
		@Size(max = OrganisationRules.MAX_PROFILE) @Nullable String profile) {

	NewOrganisation toNewOrganisation() {
		return new NewOrganisation(this.type, this.nameZh, this.nameEn, this.creditCode, this.regionCode,
				this.industry, this.size, this.website, this.profile);
	}

}
