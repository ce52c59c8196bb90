package org.hengqiao.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;

/** The versioned mapping files in {@code src/main/resources/search}; see the README there. */
final class PostingIndexMapping {

	/** The mapping version this code writes and reads; bump it together with a new file. */
	static final int CURRENT = 3;

	static final String RESOURCE = "search/postings-v" + CURRENT + ".json";

	private PostingIndexMapping() {
	}

	static String json() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Mapping " + RESOURCE + " is missing from the classpath", ex);
		}
	}

}
