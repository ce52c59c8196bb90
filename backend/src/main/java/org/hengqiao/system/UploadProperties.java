package org.hengqiao.system;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a multipart request may be. The servlet container's own limit ({@code spring.servlet.multipart}) must
 * be at least the largest of these.
 *
 * @param maxRequestSize the limit of every upload not listed in {@code larger}
 * @param larger endpoints (path prefixes) that take larger uploads, with their limit
 */
@ConfigurationProperties("hengqiao.uploads")
record UploadProperties(@DefaultValue("25MB") DataSize maxRequestSize, Map<String, DataSize> larger) {

	UploadProperties {
		larger = larger != null ? Map.copyOf(larger) : Map.of();
	}

	/** The limit of a request to this path: the largest of the listed prefixes it starts with, else the default. */
	long maxBytesFor(String path) {
		return this.larger.entrySet()
			.stream()
			.filter(entry -> path.startsWith(entry.getKey()))
			.mapToLong(entry -> entry.getValue().toBytes())
			.max()
			.orElse(this.maxRequestSize.toBytes());
	}

}
