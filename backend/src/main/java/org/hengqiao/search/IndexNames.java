package org.hengqiao.search;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.hengqiao.posting.PostingKind;
import org.springframework.stereotype.Component;

/**
 * Names of aliases and indices. Searches and writes always go through the alias ({@code <prefix>-needs});
 * the concrete index behind it carries the mapping version and its creation time
 * ({@code <prefix>-needs-v1-20260101t120000000}), so a rebuild can fill a new index and swap the alias atomically.
 */
@Component
class IndexNames {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS")
		.withZone(ZoneOffset.UTC);

	private final String prefix;

	private final Clock clock;

	IndexNames(SearchProperties properties) {
		this.prefix = properties.indexPrefix();
		this.clock = Clock.systemUTC();
	}

	String alias(PostingKind kind) {
		return this.prefix + "-" + plural(kind);
	}

	String newIndex(PostingKind kind, int mappingVersion) {
		return alias(kind) + "-v" + mappingVersion + "-" + STAMP.format(this.clock.instant());
	}

	/** Pattern matching every concrete index of a kind, for clean-up of leftovers. */
	String indexPattern(PostingKind kind) {
		return alias(kind) + "-v*";
	}

	private static String plural(PostingKind kind) {
		return kind.name().toLowerCase(Locale.ROOT) + "s";
	}

}
