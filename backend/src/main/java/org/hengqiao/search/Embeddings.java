package org.hengqiao.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;

import org.hengqiao.posting.PostingDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sentence vectors from bge-small-zh-v1.5, computed in this process (no network, no GPU) and kept in the
 * {@code embedding} table keyed by a hash of the model and the text, so the same text is never embedded twice:
 * not when a posting is saved again unchanged, not when the index is rebuilt, not on another instance.
 *
 * <p>The model loads lazily (about 1.3 s and 600 MB) on first use, which is always on an indexing or query
 * thread, never during start-up.
 */
@Component
public class Embeddings {

	public static final String MODEL = "bge-small-zh-v1.5";

	public static final int DIMENSIONS = 512;

	private final JdbcClient jdbc;

	private volatile EmbeddingModel model;

	private final AtomicLong computed = new AtomicLong();

	Embeddings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What is embedded for a posting: its title and its description or abstract. */
	public static String contentOf(PostingDocument posting) {
		return contentOf(posting.title(), posting.text());
	}

	public static String contentOf(String title, String text) {
		return title + "\n" + text;
	}

	/** The key of a text's vector: SHA-256 of the model name and the text. */
	public static String hash(String content) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(MODEL.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A query's vector, computed now and not stored (queries rarely repeat and cost ~5 ms). */
	public float[] embedQuery(String text) {
		return model().embed(text).content().vector();
	}

	/** A stored text's vector: from the table when known, otherwise computed and stored. */
	public float[] vectorOf(String content) {
		return vectorsOf(List.of(content)).get(hash(content));
	}

	/**
	 * Vectors of several texts keyed by hash: known ones read in one query, the others computed in one batch and
	 * stored. No transaction spans the model's work: each vector is committed as soon as it exists. Two
	 * instances computing the same text at once both insert; the second insert is ignored.
	 */
	public Map<String, float[]> vectorsOf(Collection<String> contents) {
		Map<String, String> byHash = new LinkedHashMap<>();
		contents.forEach(content -> byHash.putIfAbsent(hash(content), content));
		Map<String, float[]> vectors = stored(byHash.keySet());
		List<String> missingHashes = byHash.keySet().stream().filter(hash -> !vectors.containsKey(hash)).toList();
		if (!missingHashes.isEmpty()) {
			List<TextSegment> segments = missingHashes.stream().map(hash -> TextSegment.from(byHash.get(hash))).toList();
			var embedded = model().embedAll(segments).content();
			for (int i = 0; i < missingHashes.size(); i++) {
				float[] vector = embedded.get(i).vector();
				vectors.put(missingHashes.get(i), vector);
				store(missingHashes.get(i), vector);
			}
			this.computed.addAndGet(missingHashes.size());
		}
		return vectors;
	}

	/** Vectors already in the table, keyed by hash. */
	public Map<String, float[]> stored(Collection<String> hashes) {
		Map<String, float[]> vectors = new LinkedHashMap<>();
		if (hashes.isEmpty()) {
			return vectors;
		}
		List<String> all = new ArrayList<>(hashes);
		for (int from = 0; from < all.size(); from += 500) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
			this.jdbc.sql("select content_hash, vector from embedding where content_hash in (:hashes) and model = :model")
				.param("hashes", chunk)
				.param("model", MODEL)
				.query((rs, row) -> Map.entry(rs.getString(1), decode(rs.getBytes(2))))
				.list()
				.forEach(entry -> vectors.put(entry.getKey(), entry.getValue()));
		}
		return vectors;
	}

	/** How many vectors this instance has computed (not read from the table) since it started. */
	public long computedCount() {
		return this.computed.get();
	}

	/** Cosine similarity of two normalised vectors. */
	public static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
	}

	private void store(String hash, float[] vector) {
		this.jdbc
			.sql("insert into embedding (content_hash, model, dims, vector, created_at) "
					+ "values (:hash, :model, :dims, :vector, current_timestamp) on conflict do nothing")
			.param("hash", hash)
			.param("model", MODEL)
			.param("dims", vector.length)
			.param("vector", encode(vector))
			.update();
	}

	static byte[] encode(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (float value : vector) {
			buffer.putFloat(value);
		}
		return buffer.array();
	}

	static float[] decode(byte[] bytes) {
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
		return vector;
	}

	private EmbeddingModel model() {
		EmbeddingModel loaded = this.model;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.model;
				if (loaded == null) {
					loaded = new BgeSmallZhV15EmbeddingModel();
					this.model = loaded;
				}
			}
		}
		return loaded;
	}

}
