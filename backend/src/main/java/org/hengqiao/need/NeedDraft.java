package org.hengqiao.need;

import java.time.LocalDate;
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
 * A need as its owner writes it, to create one or (with the {@code version} last read) to revise one.
 *
 * @param maturityAsked the least mature technology the enterprise would consider (optional)
 */
public record NeedDraft(@Nullable @PositiveOrZero Long version,
		@NotBlank @Size(max = 100) String title,
		@NotBlank @Size(max = 5000) String description,
		@NotBlank @Size(max = 64) String fieldCode,
		@NotNull @Size(min = 1, max = 3) Set<@NotNull IndustryCluster> clusters,
		@Nullable @Size(max = 10) List<@NotBlank @Size(max = 20) String> keywords,
		@NotNull @Size(min = 1) Set<@NotNull CooperationMode> cooperationModes,
		@NotNull @Valid Amount budget,
		@NotNull LocalDate deadline,
		@NotBlank @Size(max = 6) String regionCode,
		@Nullable @Valid Maturity maturityAsked,
		@NotNull @Valid Contact contact,
		@NotNull ContactVisibility contactVisibility) {

	PostingContent content() {
		return new PostingContent(this.title, this.description, this.fieldCode, this.clusters,
				Objects.requireNonNullElse(this.keywords, List.of()), this.cooperationModes, this.budget,
				this.regionCode, this.maturityAsked, this.contact, this.contactVisibility);
	}

}
