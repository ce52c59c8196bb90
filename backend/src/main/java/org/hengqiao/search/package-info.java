/**
 * The search index: needs and results in Elasticsearch behind aliases, kept in step with the database through the
 * event publication registry (a transactional outbox), keyword search with facets, filters and type-ahead, and the
 * retrieval primitives matching ranks with (lexical and semantic candidates, word segmentation, sentence vectors).
 * The database stays the source of truth: the index and the vectors can always be rebuilt from it.
 */
@NullMarked
package org.hengqiao.search;

import org.jspecify.annotations.NullMarked;
