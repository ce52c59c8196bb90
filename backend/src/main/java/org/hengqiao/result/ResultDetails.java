package org.hengqiao.result;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What only results have, in validated, normalised form. */
record ResultDetails(List<IpRight> patents, List<TeamMember> team, List<String> scenarios,
		@Nullable String externalId, @Nullable String discipline, @Nullable String category) {

	ResultDetails {
		patents = List.copyOf(patents);
		team = team.stream().map(TeamMember::normalised).toList();
		scenarios = scenarios.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
		externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
	}

}
