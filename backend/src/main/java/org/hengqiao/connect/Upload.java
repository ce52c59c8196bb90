package org.hengqiao.connect;

import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/** A file someone sends: its bytes and the name their browser gave it. */
public record Upload(InputStream content, @Nullable String declaredName) {

	/** The last path segment of the declared name, without control characters, at most 255 characters. */
	String fileName() {
		String name = this.declaredName == null ? "" : this.declaredName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "attachment";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
