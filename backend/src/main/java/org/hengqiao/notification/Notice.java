package org.hengqiao.notification;

import java.util.List;

/**
 * What to tell people: rendered in each reader's language when read (or e-mailed) from the messages
 * {@code <messageKey>.title} and {@code <messageKey>.body}, formatted with the arguments. The module that sends the
 * notice keeps those messages in its own bundle.
 *
 * @param kind a short code the portal may show an icon for, e.g. {@code INTEREST_EXPRESSED}
 * @param link the portal route the notification opens, e.g. {@code /needs/12}
 */
public record Notice(String kind, String messageKey, List<String> arguments, String link) {

	public Notice {
		arguments = List.copyOf(arguments);
		if (!link.startsWith("/")) {
			throw new IllegalArgumentException("A notice links to a portal route starting with /: " + link);
		}
	}

	public static Notice of(String kind, String messageKey, String link, String... arguments) {
		return new Notice(kind, messageKey, List.of(arguments), link);
	}

}
