package org.hengqiao.organisation;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looks organisations up for other modules, without exposing the organisation's entity. */
public interface OrganisationDirectory {

	Optional<OrganisationSummary> find(long id);

	/** Several at once, keyed by id; unknown ids are left out. */
	Map<Long, OrganisationSummary> findAll(Collection<Long> ids);

}
