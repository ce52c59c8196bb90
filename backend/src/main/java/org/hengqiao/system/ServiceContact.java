package org.hengqiao.system;

import org.jspecify.annotations.Nullable;

/** How visitors reach the platform's service desk; absent parts are not configured. */
public record ServiceContact(@Nullable String hotline, @Nullable String email) {
}
