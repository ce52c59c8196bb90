package org.hengqiao.organisation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hengqiao.system.InvalidInput.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The field rules shared by registration and profile edits. The REST layer's bean validation checks the same sizes
 * first; these run again in the services because demo data and other modules call the services directly.
 */
@Component
class OrganisationRules {

	static final int MAX_NAME = 200;

	static final int MAX_WEBSITE = 300;

	static final int MAX_PROFILE = 4000;

	private final Regions regions;

	OrganisationRules(Regions regions) {
		this.regions = regions;
	}

	/** Problems with the editable fields, each named {@code prefix + field}. */
	List<FieldError> problems(String prefix, String nameZh, @Nullable String nameEn, String regionCode,
			@Nullable String website, @Nullable String profile) {
		List<FieldError> problems = new ArrayList<>();
		if (nameZh.isBlank() || nameZh.length() > MAX_NAME) {
			problems.add(new FieldError(prefix + "nameZh", "organisation.name.invalid", MAX_NAME));
		}
		if (nameEn != null && nameEn.length() > MAX_NAME) {
			problems.add(new FieldError(prefix + "nameEn", "organisation.name.invalid", MAX_NAME));
		}
		if (this.regions.find(regionCode).isEmpty()) {
			problems.add(new FieldError(prefix + "regionCode", "organisation.region.unknown"));
		}
		if (website != null && !website.isBlank() && !isWebAddress(website.strip())) {
			problems.add(new FieldError(prefix + "website", "organisation.website.invalid"));
		}
		if (profile != null && profile.length() > MAX_PROFILE) {
			problems.add(new FieldError(prefix + "profile", "organisation.profile.tooLong", MAX_PROFILE));
		}
		return problems;
	}

	static boolean isWebAddress(String website) {
		if (website.length() > MAX_WEBSITE) {
			return false;
		}
		try {
			URI uri = new URI(website);
			String scheme = uri.getScheme();
			return scheme != null && List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))
					&& uri.getHost() != null && uri.getHost().contains(".");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
