package org.hengqiao.organisation;

import java.io.InputStream;

/** A licence document to send: the caller closes the content. */
public record LicenceFile(String fileName, String contentType, long size, InputStream content) {
}
