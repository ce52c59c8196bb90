package org.hengqiao.connect;

import java.io.InputStream;

/** A file's details and an open stream of its bytes; the caller closes the stream. */
public record Download(String fileName, String contentType, long sizeBytes, InputStream content) {
}
