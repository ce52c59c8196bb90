package org.hengqiao.system;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The terms of use and privacy policy people consent to when they register (PIPL asks for informed consent).
 *
 * @param version the current version of both texts; registrations must name it, and each account records the
 * version it accepted, so changing the texts means changing this
 * @param location a directory holding the operator's own texts ({@code terms.zh-CN.md}, {@code terms.en.md},
 * {@code privacy.zh-CN.md}, {@code privacy.en.md}); the texts shipped with the platform when absent
 */
@ConfigurationProperties("hengqiao.legal")
record LegalProperties(@DefaultValue("2026-12-01") String version, @Nullable Path location) {
}
