package org.hengqiao.system;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the only markup the server returns (search highlights and snippets, match passages): the text is escaped
 * first, then marked, so whatever a poster wrote ({@code <img onerror=…>}) comes back as text and the one tag that
 * survives is the server's own {@code <em>}. Escaped as for an HTML element and an attribute value alike.
 */
public final class Markup {

	/**
	 * What a highlighter (Elasticsearch's) puts around a match instead of tags: control characters
	 * {@link CleanText} refuses in every text, so no stored text can contain them and pose as a mark.
	 */
	public static final String MATCH_START = "\u0001", MATCH_END = "\u0002";

	private static final String START = "<em>", END = "</em>";

	private Markup() {
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A highlighter's fragment, its matches between {@link #MATCH_START} and {@link #MATCH_END}: escaped, then the
	 * marks made {@code <em>} (adjacent ones joined: Chinese is highlighted character by character). A mark left
	 * open by a fragment boundary is closed.
	 */
	public static String highlighted(String fragment) {
		String escaped = escape(fragment.replace(MATCH_END + MATCH_START, ""));
		StringBuilder out = new StringBuilder(escaped.length() + 16);
		boolean open = false;
		for (int i = 0; i < escaped.length(); i++) {
			char c = escaped.charAt(i);
			if (c == MATCH_START.charAt(0) && !open) {
				out.append(START);
				open = true;
			}
			else if (c == MATCH_END.charAt(0) && open) {
				out.append(END);
				open = false;
			}
			else if (c != MATCH_START.charAt(0) && c != MATCH_END.charAt(0)) {
				out.append(c);
			}
		}
		return open ? out.append(END).toString() : out.toString();
	}

	/**
	 * The text with every occurrence of the terms marked, longest term first, case-insensitively. The terms are
	 * found in the raw text and each piece escaped on its own, so a term can never be marked inside an entity
	 * ({@code amp} in {@code &amp;}).
	 */
	public static String highlighted(String text, List<String> terms) {
		if (terms.isEmpty()) {
			return escape(text);
		}
		String alternation = terms.stream()
			.filter(term -> !term.isEmpty())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		if (alternation.isEmpty()) {
			return escape(text);
		}
		Matcher matcher = Pattern.compile(alternation, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
		StringBuilder out = new StringBuilder(text.length() + 32);
		int from = 0;
		while (matcher.find()) {
			out.append(escape(text.substring(from, matcher.start())))
				.append(START)
				.append(escape(matcher.group()))
				.append(END);
			from = matcher.end();
		}
		return out.append(escape(text.substring(from))).toString();
	}

}
