package org.hengqiao.organisation;

import java.util.Map;

import org.hengqiao.system.DomainException;
import org.hengqiao.system.Problems;

/** The edit was based on an older version of the profile than the current one; carries the current version. */
class StaleOrganisation extends DomainException {

	private final long currentVersion;

	StaleOrganisation(long currentVersion) {
		super(Kind.CONFLICT, "concurrentEdit");
		this.currentVersion = currentVersion;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of(Problems.CURRENT_VERSION, this.currentVersion);
	}

}
