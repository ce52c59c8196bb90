package org.hengqiao.search;

import org.hengqiao.posting.PostingKind;
import org.jspecify.annotations.Nullable;

/**
 * A type-ahead proposal: a posting title ({@code postingId} set) or a keyword postings carry.
 */
public record Suggestion(String text, Type type, @Nullable Long postingId, @Nullable PostingKind kind) {

	public enum Type {

		TITLE, KEYWORD

	}

}
