package org.hengqiao.result;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bulk import settings.
 *
 * @param backgroundAboveRows commits of more valid rows than this run in the background, reporting progress
 * @param chunkSize rows imported per transaction
 * @param resumeAfter a running commit whose heartbeat is older than this is taken over by another instance
 */
@ConfigurationProperties("hengqiao.import")
record ImportProperties(@DefaultValue("500") int backgroundAboveRows, @DefaultValue("100") int chunkSize,
		@DefaultValue("2m") Duration resumeAfter) {
}
