package org.hengqiao.search;

import java.io.IOException;

import org.hengqiao.posting.PostingKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates the indices and aliases when the application is ready, as an explicit step rather than a side effect of
 * building a bean: the application must start and accept writes even when Elasticsearch is away. Until it succeeds
 * it is retried every few seconds, and the indexer asks for it before every batch (so a missing alias is never
 * auto-created as a plain index by a write). An index with an older mapping version is rebuilt in the background.
 */
@Component
class IndexStartup {

	private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);

	private final IndexAdministration administration;

	private final SearchProperties properties;

	private final ObjectProvider<IndexRebuild> rebuild;

	private volatile boolean ready;

	IndexStartup(IndexAdministration administration, SearchProperties properties,
			ObjectProvider<IndexRebuild> rebuild) {
		this.administration = administration;
		this.properties = properties;
		this.rebuild = rebuild;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		Thread.ofVirtual().name("search-index-startup").start(this::tryEnsure);
	}

	@Scheduled(initialDelay = 10_000, fixedDelay = 10_000)
	void retry() {
		if (!this.ready) {
			tryEnsure();
		}
	}

	boolean isReady() {
		return this.ready;
	}

	/** Makes sure both aliases exist; throws while Elasticsearch cannot be reached. */
	void requireIndices() throws IOException {
		if (!this.ready) {
			ensure();
		}
	}

	private void tryEnsure() {
		try {
			ensure();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Search indices not ready yet ({}); retrying in the background", ex.toString());
		}
	}

	private synchronized void ensure() throws IOException {
		if (this.ready) {
			return;
		}
		boolean outdated = false;
		for (PostingKind kind : PostingKind.values()) {
			String index = this.administration.ensureAlias(kind);
			outdated |= IndexAdministration.mappingVersion(index) < PostingIndexMapping.CURRENT;
		}
		this.ready = true;
		if (outdated && this.properties.rebuildOnMappingChange()) {
			log.info("Search index mapping is older than version {}: rebuilding", PostingIndexMapping.CURRENT);
			try {
				this.rebuild.getObject().startInBackground();
			}
			catch (IndexRebuild.RebuildInProgress ex) {
				log.info("Another instance is rebuilding the search index already");
			}
		}
	}

}
