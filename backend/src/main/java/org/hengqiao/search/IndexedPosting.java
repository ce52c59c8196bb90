package org.hengqiao.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.posting.CooperationMode;
import org.hengqiao.posting.IndustryCluster;
import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;

/**
 * A posting as the index holds it (public postings only). {@code text} and the segmented fields are empty when the
 * hit was fetched without them (candidate pools carry only what ranking needs).
 */
public record IndexedPosting(long id, PostingKind kind, String title, String text, List<String> keywords,
		long organisationId, String organisationName, OrganisationType organisationType, @Nullable String fieldCode,
		@Nullable String fieldParentCode, @Nullable String classification, Set<IndustryCluster> clusters, Set<CooperationMode> cooperationModes,
		boolean negotiable, @Nullable Long minYuan, @Nullable Long maxYuan, String regionCode, @Nullable Integer trl,
		@Nullable String stage, @Nullable LocalDate deadline, @Nullable Instant publishedAt, String contentHash,
		String titleSegmented, String textSegmented) {

	static IndexedPosting fromSource(Map<String, Object> s) {
		return new IndexedPosting(number(s.get("id")).longValue(), PostingKind.valueOf((String) s.get("kind")),
				string(s.get("title")), string(s.get("text")), strings(s.get("keywords")),
				number(s.get("organisation_id")).longValue(), string(s.get("organisation_name")),
				OrganisationType.valueOf((String) s.get("organisation_type")), (String) s.get("field_code"),
				(String) s.get("field_parent_code"), (String) s.get("classification"), enums(s.get("clusters"), IndustryCluster.class),
				enums(s.get("modes"), CooperationMode.class), Boolean.TRUE.equals(s.get("negotiable")),
				longOrNull(s.get("min_yuan")), longOrNull(s.get("max_yuan")), string(s.get("region_code")),
				s.get("trl") instanceof Number n ? n.intValue() : null, (String) s.get("stage"),
				s.get("deadline") instanceof String d ? LocalDate.parse(d) : null,
				s.get("published_at") instanceof String p ? Instant.parse(p) : null, string(s.get("content_hash")),
				string(s.get("title_seg")), string(s.get("text_seg")));
	}

	private static Number number(@Nullable Object value) {
		return value instanceof Number n ? n : Long.valueOf(0);
	}

	private static @Nullable Long longOrNull(@Nullable Object value) {
		return value instanceof Number n ? n.longValue() : null;
	}

	private static String string(@Nullable Object value) {
		return value instanceof String s ? s : "";
	}

	private static List<String> strings(@Nullable Object value) {
		return value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
	}

	private static <E extends Enum<E>> Set<E> enums(@Nullable Object value, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		if (value instanceof Collection<?> c) {
			for (Object item : c) {
				set.add(Enum.valueOf(type, String.valueOf(item)));
			}
		}
		return set;
	}

}
