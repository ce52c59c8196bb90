package org.hengqiao.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;

import org.hengqiao.posting.PostingKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Creates indices from the mapping files, points aliases at them and removes old ones. */
@Component
class IndexAdministration {

	private static final Logger log = LoggerFactory.getLogger(IndexAdministration.class);

	private static final Pattern VERSION = Pattern.compile("-v(\\d+)-[^-]+$");

	private final ElasticsearchClient client;

	private final IndexNames names;

	private final SearchProperties properties;

	IndexAdministration(ElasticsearchClient client, IndexNames names, SearchProperties properties) {
		this.client = client;
		this.names = names;
		this.properties = properties;
	}

	/** The concrete index the kind's alias points at, if the alias exists. */
	Optional<String> currentIndex(PostingKind kind) throws IOException {
		String alias = this.names.alias(kind);
		if (!this.client.indices().existsAlias(a -> a.name(alias)).value()) {
			return Optional.empty();
		}
		return this.client.indices().getAlias(a -> a.name(alias)).aliases().keySet().stream().findFirst();
	}

	/** The mapping version an index was created with, read from its name. */
	static int mappingVersion(String index) {
		Matcher matcher = VERSION.matcher(index);
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
	}

	/**
	 * Makes sure the kind's alias exists. The first index gets a fixed name, so two instances starting together
	 * cannot each create one and leave the alias pointing at two indices: the second creation simply fails.
	 *
	 * @return the index behind the alias
	 */
	String ensureAlias(PostingKind kind) throws IOException {
		Optional<String> current = currentIndex(kind);
		if (current.isPresent()) {
			return current.get();
		}
		String index = this.names.alias(kind) + "-v" + PostingIndexMapping.CURRENT + "-initial";
		try {
			create(index, true);
			this.client.indices()
				.updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(this.names.alias(kind)))));
			log.info("Created search index {} behind alias {}", index, this.names.alias(kind));
		}
		catch (ElasticsearchException ex) {
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
			// Another instance is creating it: adding the alias twice is harmless.
			this.client.indices()
				.updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(this.names.alias(kind)))));
		}
		return index;
	}

	/**
	 * Creates an index with the current mapping. A rebuild creates it with refreshes off (bulk loading is faster
	 * when Lucene does not open a new searcher every second) and turns them on with {@link #finishLoading}.
	 */
	void create(String index, boolean live) throws IOException {
		this.client.indices().create(c -> c.index(index).withJson(new StringReader(PostingIndexMapping.json())));
		this.client.indices()
			.putSettings(p -> p.index(index)
				.settings(s -> s.numberOfReplicas(String.valueOf(this.properties.replicas()))
					.refreshInterval(live ? Time.of(t -> t.time("1s")) : Time.of(t -> t.time("-1")))));
	}

	void finishLoading(String index) throws IOException {
		this.client.indices()
			.putSettings(p -> p.index(index).settings(s -> s.refreshInterval(Time.of(t -> t.time("1s")))));
		this.client.indices().refresh(r -> r.index(index));
	}

	/** Points the alias at the new index and away from the old one in one atomic step. */
	void swap(PostingKind kind, Optional<String> oldIndex, String newIndex) throws IOException {
		String alias = this.names.alias(kind);
		this.client.indices().updateAliases(u -> {
			oldIndex.ifPresent(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
			return u.actions(a -> a.add(add -> add.index(newIndex).alias(alias)));
		});
	}

	void delete(String index) throws IOException {
		this.client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
	}

	void refresh(PostingKind kind) throws IOException {
		this.client.indices().refresh(r -> r.index(this.names.alias(kind)));
	}

}
