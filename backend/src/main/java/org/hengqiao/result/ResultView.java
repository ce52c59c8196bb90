package org.hengqiao.result;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.hengqiao.posting.Maturity;
import org.hengqiao.posting.PostingView;
import org.jspecify.annotations.Nullable;

/**
 * A result's detail page: the shared posting view plus what only results have. {@code externalId} is shown to the
 * owning organisation and operators only.
 */
public record ResultView(@JsonUnwrapped PostingView posting, String abstractText, @Nullable Maturity maturity,
		List<IpRight> patents, List<TeamMember> team, List<String> applicationScenarios, @Nullable String externalId,
		@Nullable String discipline) {
}
