package org.hengqiao.result;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.hengqiao.posting.Amount;
import org.hengqiao.posting.Contact;
import org.hengqiao.posting.ContactVisibility;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.Maturity;
import org.hengqiao.posting.PostingContent;
import org.jspecify.annotations.Nullable;

/**
 * A research result as its owner writes it (by form, API or import row), to create one or, with the
 * {@code version} last read, to revise one.
 *
 * @param abstractText the result's abstract (成果简介)
 * @param maturity its technology readiness level (1–9) and stage, both required
 * @param price the asking price: negotiable, fixed ({@code minYuan} only) or a range
 * @param patents patents (validated CNIPA numbers) and software copyright registrations
 * @param externalId the technology-transfer office's own identifier, unique within the organisation
 */
public record ResultDraft(@Nullable @PositiveOrZero Long version,
		@NotBlank @Size(max = 100) String title,
		@NotBlank @Size(max = 5000) String abstractText,
		@NotBlank @Size(max = 64) String fieldCode,
		@NotNull @Size(min = 1, max = 3) Set<@NotNull IndustryCluster> clusters,
		@Nullable @Size(max = 10) List<@NotBlank @Size(max = 20) String> keywords,
		@NotNull @Size(min = 1) Set<@NotNull CooperationMode> cooperationModes,
		@NotNull @Valid Amount price,
		@NotNull @Valid Maturity maturity,
		@Nullable @Size(max = 20) List<@NotNull @Valid IpRight> patents,
		@Nullable @Size(max = 30) List<@NotNull @Valid TeamMember> team,
		@Nullable @Size(max = 10) List<@NotBlank @Size(max = 200) String> applicationScenarios,
		@NotBlank @Size(max = 6) String regionCode,
		@NotNull @Valid Contact contact,
		@NotNull ContactVisibility contactVisibility,
		@Nullable @Size(max = 64) String externalId) {

	PostingContent content() {
		return new PostingContent(this.title, this.abstractText, this.fieldCode, this.clusters,
				Objects.requireNonNullElse(this.keywords, List.of()), this.cooperationModes, this.price,
				this.regionCode, this.maturity, this.contact, this.contactVisibility);
	}

	/** The result-only part, with patent numbers as given; {@link ResultRules} normalises them. */
	List<IpRight> patentsOrEmpty() {
		return Objects.requireNonNullElse(this.patents, List.of());
	}

	List<TeamMember> teamOrEmpty() {
		return Objects.requireNonNullElse(this.team, List.of());
	}

	List<String> scenariosOrEmpty() {
		return Objects.requireNonNullElse(this.applicationScenarios, List.of());
	}

}
