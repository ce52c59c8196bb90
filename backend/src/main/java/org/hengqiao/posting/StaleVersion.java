package org.hengqiao.posting;

import java.util.Map;

import org.hengqiao.system.DomainException;
import org.hengqiao.system.Problems;

/**
 * The change was based on an older version than the one stored: someone else changed the posting meanwhile. The
 * problem carries {@code currentVersion}, so the client can reload and re-apply.
 */
public class StaleVersion extends DomainException {

	private final long currentVersion;

	public StaleVersion(long currentVersion) {
		super(Kind.CONFLICT, "concurrentEdit");
		this.currentVersion = currentVersion;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of(Problems.CURRENT_VERSION, this.currentVersion);
	}

}
