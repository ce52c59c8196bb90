package org.hengqiao.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hengqiao.catalogue.TechnicalFields;
import org.hengqiao.organisation.Region;
import org.hengqiao.organisation.Regions;
import org.hengqiao.posting.PostingDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a posting into the document the index holds. Contacts are not part of {@link PostingDocument} and so can
 * never reach the index; the vector comes from the embedding table.
 */
@Component
class SearchDocuments {

	private final TextAnalysis analysis;

	private final Regions regions;

	private final TechnicalFields fields;

	SearchDocuments(TextAnalysis analysis, Regions regions, TechnicalFields fields) {
		this.analysis = analysis;
		this.regions = regions;
		this.fields = fields;
	}

	Map<String, Object> toSource(PostingDocument posting, float[] vector) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("id", posting.id());
		source.put("kind", posting.kind().name());
		source.put("title", posting.title());
		source.put("title_seg", this.analysis.segmented(posting.title()));
		source.put("text", posting.text());
		source.put("text_seg", this.analysis.segmented(posting.text()));
		String labels = String.join("\n", labels(posting));
		source.put("labels", labels);
		source.put("labels_seg", this.analysis.segmented(labels));
		source.put("keywords", posting.keywords());
		source.put("organisation_id", posting.organisationId());
		source.put("organisation_name", posting.organisationName());
		source.put("organisation_type", posting.organisationType().name());
		putIfPresent(source, "field_code", posting.fieldCode());
		putIfPresent(source, "classification", posting.classification());
		putIfPresent(source, "field_parent_code", posting.fieldParentCode());
		source.put("clusters", posting.clusters().stream().map(Enum::name).sorted().toList());
		source.put("modes", posting.cooperationModes().stream().map(Enum::name).sorted().toList());
		source.put("negotiable", posting.negotiable());
		putIfPresent(source, "min_yuan", posting.minYuan());
		putIfPresent(source, "max_yuan", posting.maxYuan());
		putIfPresent(source, "amount", amount(posting));
		source.put("region_code", posting.regionCode());
		source.put("region_path", regionPath(posting.regionCode()));
		putIfPresent(source, "trl", posting.trl());
		putIfPresent(source, "stage", posting.stage());
		putIfPresent(source, "deadline", posting.deadline() != null ? posting.deadline().toString() : null);
		putIfPresent(source, "published_at", posting.publishedAt() != null ? posting.publishedAt().toString() : null);
		source.put("updated_at", posting.updatedAt().toString());
		source.put("content_hash", Embeddings.hash(Embeddings.contentOf(posting)));
		source.put("vector", vector);
		return source;
	}

	/**
	 * The names a posting is filed under, in both languages: its industry clusters, its technical field and that
	 * field's parent. People type these ("新能源", "rail transit") more often than the words of a description.
	 */
	List<String> labels(PostingDocument posting) {
		List<String> labels = new ArrayList<>();
		posting.clusters().stream().sorted().forEach(cluster -> {
			labels.add(cluster.displayName(Locale.CHINESE));
			labels.add(cluster.displayName(Locale.ENGLISH));
		});
		for (String code : new String[] { posting.fieldCode(), posting.fieldParentCode() }) {
			if (code != null) {
				this.fields.find(code).ifPresent(field -> {
					labels.add(field.nameZh());
					labels.add(field.nameEn());
				});
			}
		}
		return labels;
	}

	/** The amount a posting is sorted by: the top of its range, or the bottom when it has no top. */
	static @Nullable Long amount(PostingDocument posting) {
		return posting.maxYuan() != null ? posting.maxYuan() : posting.minYuan();
	}

	/** The region and every region containing it, so a filter on 衡阳市 also finds postings in 衡阳县. */
	List<String> regionPath(String code) {
		List<String> path = new ArrayList<>();
		Optional<Region> region = this.regions.find(code);
		if (region.isEmpty()) {
			path.add(code);
		}
		while (region.isPresent() && path.size() < 8) {
			path.add(region.get().code());
			String parent = region.get().parentCode();
			region = parent == null ? Optional.empty() : this.regions.find(parent);
		}
		return path;
	}

	private static void putIfPresent(Map<String, Object> source, String name, @Nullable Object value) {
		if (value != null) {
			source.put(name, value);
		}
	}

}
