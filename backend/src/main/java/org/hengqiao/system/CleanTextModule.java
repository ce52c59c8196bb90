package org.hengqiao.system;

import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Holds every string of every JSON body to {@link CleanText}, whichever module's record it lands in (Boot registers
 * this module with the application's JSON mapper). Refusing while parsing gives the JSON path of the field for free:
 * Jackson adds it as the exception travels out ({@code keywords[1]}, {@code contact.name}), and
 * {@link ProblemHandler} turns it into a 400 naming that field.
 */
@Component
class CleanTextModule extends SimpleModule {

	CleanTextModule() {
		super("hengqiao-clean-text");
		addDeserializer(String.class, new CleanStringDeserializer());
	}

	/**
	 * Not marked as Jackson's standard implementation, so collections of strings use it for their elements too
	 * instead of their own fast path.
	 */
	private static final class CleanStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && !CleanText.isClean(value)) {
				throw new UncleanText(parser);
			}
			return value;
		}

	}

	/** A string with a character {@link CleanText} refuses; the value stays out of the message (and the logs). */
	static final class UncleanText extends InvalidFormatException {

		UncleanText(JsonParser parser) {
			super(parser, "Text with a control character or a bidirectional override", null, String.class);
		}

	}

}
