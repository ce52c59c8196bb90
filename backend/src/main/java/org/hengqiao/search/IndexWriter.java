package org.hengqiao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import org.hengqiao.posting.PostingDocument;
import org.hengqiao.posting.PostingDocuments;
import org.hengqiao.posting.PostingKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings the index in line with the database for a set of postings, in one bulk request. Always loads the current
 * state (the event says only that something changed) and writes it with Elasticsearch external versioning from
 * the row's version: an index operation carrying an older or equal version than the document already has is
 * refused with a conflict, which here means "already up to date". So replays, duplicates from two instances and
 * out-of-order deliveries are all harmless.
 */
@Component
class IndexWriter {

	private static final Logger log = LoggerFactory.getLogger(IndexWriter.class);

	private final ElasticsearchClient client;

	private final PostingDocuments postings;

	private final SearchDocuments documents;

	private final Embeddings embeddings;

	private final IndexNames names;

	private final RebuildTargets rebuildTargets;

	private final IndexStartup startup;

	IndexWriter(ElasticsearchClient client, PostingDocuments postings, SearchDocuments documents,
			Embeddings embeddings, IndexNames names, RebuildTargets rebuildTargets, IndexStartup startup) {
		this.client = client;
		this.postings = postings;
		this.documents = documents;
		this.embeddings = embeddings;
		this.names = names;
		this.rebuildTargets = rebuildTargets;
		this.startup = startup;
	}

	/**
	 * Indexes the public postings among {@code ids} and removes the others from the index.
	 * @return the ids that could not be written (their events stay incomplete and are retried)
	 */
	Set<Long> sync(Map<Long, PostingKind> ids) throws IOException {
		this.startup.requireIndices();
		List<PostingDocument> current = new ArrayList<>();
		Map<Long, PostingKind> gone = new LinkedHashMap<>();
		ids.forEach((id, kind) -> {
			Optional<PostingDocument> posting = this.postings.find(id);
			if (posting.isPresent()) {
				current.add(posting.get());
			}
			else {
				gone.put(id, kind);
			}
		});
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		int operations = add(bulk, current, this::aliasOf) + addDeletes(bulk, gone);
		if (operations == 0) {
			return Set.of();
		}
		Set<Long> failed = failures(this.client.bulk(bulk.build()));
		writeToRebuildTargets(current, gone);
		return failed;
	}

	/** Writes postings into one concrete index (a rebuild's new index); returns the ids that failed. */
	Set<Long> load(Collection<PostingDocument> batch, Map<PostingKind, String> indices) throws IOException {
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		if (add(bulk, batch, indices::get) == 0) {
			return Set.of();
		}
		return failures(this.client.bulk(bulk.build()));
	}

	private void writeToRebuildTargets(List<PostingDocument> current, Map<Long, PostingKind> gone) {
		Map<PostingKind, String> targets = this.rebuildTargets.current();
		if (targets.isEmpty()) {
			return;
		}
		try {
			BulkRequest.Builder bulk = new BulkRequest.Builder();
			List<PostingDocument> relevant = current.stream().filter(p -> targets.containsKey(p.kind())).toList();
			int operations = add(bulk, relevant, targets::get);
			for (var entry : gone.entrySet()) {
				String index = targets.get(entry.getValue());
				if (index != null) {
					bulk.operations(op -> op.delete(d -> d.index(index).id(String.valueOf(entry.getKey()))));
					operations++;
				}
			}
			if (operations > 0) {
				this.client.bulk(bulk.build());
			}
		}
		catch (IOException | RuntimeException ex) {
			// The rebuild's catch-up pass re-reads every posting changed while it ran.
			log.warn("Could not write a change into the index being rebuilt: {}", ex.toString());
		}
	}

	private int add(BulkRequest.Builder bulk, Collection<PostingDocument> postings,
			java.util.function.Function<PostingKind, String> target) {
		List<PostingDocument> visible = postings.stream().filter(PostingDocument::isPublic).toList();
		Map<String, float[]> vectors = this.embeddings
			.vectorsOf(visible.stream().map(Embeddings::contentOf).toList());
		int operations = 0;
		for (PostingDocument posting : postings) {
			String index = target.apply(posting.kind());
			String id = String.valueOf(posting.id());
			if (posting.isPublic()) {
				Map<String, Object> source = this.documents.toSource(posting,
						vectors.get(Embeddings.hash(Embeddings.contentOf(posting))));
				bulk.operations(op -> op.index(i -> i.index(index)
					.id(id)
					.version(posting.version())
					.versionType(VersionType.External)
					.document(source)));
			}
			else {
				// Drafts, withdrawn and closed postings must not be found: delete, versioned like an update so
				// that a late index operation of an older, public version cannot bring the document back.
				bulk.operations(op -> op.delete(d -> d.index(index)
					.id(id)
					.version(posting.version())
					.versionType(VersionType.External)));
			}
			operations++;
		}
		return operations;
	}

	private int addDeletes(BulkRequest.Builder bulk, Map<Long, PostingKind> gone) {
		gone.forEach((id, kind) -> bulk
			.operations(op -> op.delete(d -> d.index(aliasOf(kind)).id(String.valueOf(id)))));
		return gone.size();
	}

	private String aliasOf(PostingKind kind) {
		return this.names.alias(kind);
	}

	private static Set<Long> failures(BulkResponse response) {
		if (!response.errors()) {
			return Set.of();
		}
		Set<Long> failed = new HashSet<>();
		for (BulkResponseItem item : response.items()) {
			// 409: the index already holds this version or a newer one; 404: nothing to delete.
			if (item.error() != null && item.status() != 409 && item.status() != 404) {
				log.warn("Indexing posting {} failed: {} {}", item.id(), item.error().type(), item.error().reason());
				failed.add(Long.parseLong(item.id()));
			}
		}
		return failed;
	}

}
