package org.hengqiao.system;

/**
 * Whether text others will read is clean: no control characters but tab, line feed and carriage return (so no NUL,
 * no unit or record separator, no C1 control), no bidirectional override, embedding or isolate (the "Trojan Source"
 * characters, which make a file name such as {@code 报价‮fdp.exe} read as a PDF), no unpaired surrogate. The one
 * rule every text field of every module follows: JSON bodies through {@link CleanTextModule}, query strings and
 * paths through {@link QueryStringFilter}, file names and import cells by the services that read them.
 * <p>
 * The left-to-right and right-to-left marks (U+200E, U+200F) stay allowed: they only nudge neutral characters next
 * to them and cannot reorder a word, and Arabic or Hebrew names legitimately carry them.
 */
public final class CleanText {

	/** The message key of the field error that refuses unclean text. */
	public static final String MESSAGE = "text.unclean";

	private CleanText() {
	}

	public static boolean isClean(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return false;
			}
			if (Character.isLowSurrogate(c) || isRefused(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isRefused(char c) {
		if (c < 0x20) {
			return c != '\t' && c != '\n' && c != '\r';
		}
		return (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}

}
