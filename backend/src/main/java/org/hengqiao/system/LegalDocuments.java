package org.hengqiao.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.hengqiao.system.InvalidInput.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The terms of use and the privacy policy: their current version and text in Chinese or English, from the
 * operator's directory ({@link LegalProperties#location()}) or the texts shipped in {@code resources/legal}. Read on
 * each request (they are small and rarely read), so an operator's edit shows without a restart on every instance
 * that sees the directory.
 */
@Service
public class LegalDocuments {

	/** The documents a person consents to. */
	public enum Kind {

		TERMS, PRIVACY;

		String fileName(Locale locale) {
			return name().toLowerCase(Locale.ROOT) + (Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
					? ".en.md" : ".zh-CN.md");
		}

	}

	/**
	 * One document as the portal shows it.
	 *
	 * @param kind which document
	 * @param version the version a registration must accept
	 * @param text the text: lines starting with {@code # } or {@code ## } are headings, {@code - } list items,
	 * blank lines separate paragraphs
	 */
	public record Document(Kind kind, String version, String text) {
	}

	private final LegalProperties properties;

	LegalDocuments(LegalProperties properties) {
		this.properties = properties;
	}

	public String currentVersion() {
		return this.properties.version();
	}

	public Document document(Kind kind, Locale locale) {
		return new Document(kind, currentVersion(), read(kind.fileName(locale)));
	}

	/**
	 * The problem with a registration's consent, if any: it must name the current version (a form loaded before
	 * the texts changed asks the person to read them again).
	 */
	public Optional<FieldError> consentProblem(@Nullable String acceptedVersion, String field) {
		if (acceptedVersion == null || acceptedVersion.isBlank()) {
			return Optional.of(new FieldError(field, "legal.consent.missing"));
		}
		return acceptedVersion.equals(currentVersion()) ? Optional.empty()
				: Optional.of(new FieldError(field, "legal.consent.outdated"));
	}

	private String read(String fileName) {
		Path location = this.properties.location();
		try {
			if (location != null && !location.toString().isEmpty() && Files.isReadable(location.resolve(fileName))) {
				return Files.readString(location.resolve(fileName), StandardCharsets.UTF_8);
			}
			try (InputStream shipped = new ClassPathResource("legal/" + fileName).getInputStream()) {
				return new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the legal text " + fileName, ex);
		}
	}

}
