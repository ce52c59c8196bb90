package org.hengqiao.connect;

import java.time.Instant;

/** A file kept in the attachment store, as the API shows it: never its store key. */
public record StoredDocument(long id, String fileName, String contentType, long sizeBytes, String sha256,
		Instant uploadedAt) {
}
