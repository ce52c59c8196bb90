package org.hengqiao.result;

import java.util.List;
import java.util.Map;

/**
 * What a JSONL load did.
 *
 * @param postingIds the posting id of every record loaded (created, updated or unchanged), by its external id: a
 * benchmark maps search hits back to the records' ids and disciplines with it
 * @param failures the records that could not be loaded, with the line number and why
 */
public record ImportReport(int created, int updated, int unchanged, List<Failure> failures,
		Map<String, Long> postingIds) {

	public record Failure(int line, String externalId, String reason) {
	}

}
