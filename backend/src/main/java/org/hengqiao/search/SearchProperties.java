package org.hengqiao.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the search index ({@code hengqiao.search.*}).
 *
 * @param indexPrefix prefix of aliases and indices, e.g. {@code hengqiao} → {@code hengqiao-needs}
 * @param replicas replicas per index (0 on a single node, 1 or more on a production cluster)
 * @param batchSize most postings indexed in one bulk request
 * @param batchLinger how long the indexer waits for another change before it sends a batch; each change that
 *        arrives in time restarts the wait, so a burst (an import's chunk) goes out as one batch
 * @param batchMaxWait the longest a batch waits for more changes in all, however many keep arriving
 * @param rebuildOnMappingChange whether start-up rebuilds an index whose mapping version is older than the code's
 */
@ConfigurationProperties("hengqiao.search")
record SearchProperties(@DefaultValue("hengqiao") String indexPrefix, @DefaultValue("0") int replicas,
		@DefaultValue("200") int batchSize, @DefaultValue("30ms") Duration batchLinger,
		@DefaultValue("250ms") Duration batchMaxWait,
		@DefaultValue("true") boolean rebuildOnMappingChange) {

}
