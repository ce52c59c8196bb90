package org.hengqiao.matching;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hengqiao.search.SearchFilters;
import org.jspecify.annotations.Nullable;

/**
 * A visitor describes what they are looking for in their own words.
 *
 * @param text the description or keywords
 * @param filters hard filters: only results passing them are considered
 * @param profile soft preferences, judged like a need's criteria: conflicts sink a result, they do not remove it
 * @param size how many matches, 1–50
 */
public record MatchRequest(@NotBlank @Size(max = 2000) String text, @Nullable @Valid SearchFilters filters,
		@Nullable @Valid MatchProfile profile, @Schema(defaultValue = "10") @Nullable @Min(1) @Max(50) Integer size) {
}
