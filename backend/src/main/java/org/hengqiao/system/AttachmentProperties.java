package org.hengqiao.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded files live and how large they may be.
 *
 * @param directory the root of the file store, {@code ${hengqiao.data-dir}/files} unless set
 * @param maxSize the largest file accepted when the caller sets no smaller limit
 */
@ConfigurationProperties("hengqiao.attachments")
record AttachmentProperties(Path directory, @DefaultValue("20MB") DataSize maxSize) {
}
