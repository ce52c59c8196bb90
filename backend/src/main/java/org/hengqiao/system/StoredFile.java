package org.hengqiao.system;

/**
 * A file in the {@link AttachmentStore}.
 *
 * @param key the random key to open or delete it with (32 lower-case hex characters)
 * @param size its length in bytes
 * @param contentType the type detected from its content, one of {@link AttachmentStore#SUPPORTED_TYPES}
 * @param sha256 the SHA-256 digest of its content, lower-case hex
 */
public record StoredFile(String key, long size, String contentType, String sha256) {
}
