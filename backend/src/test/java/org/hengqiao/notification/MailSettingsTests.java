package org.hengqiao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class MailSettingsTests {

	static MailSettings settings(String host) {
		return new MailSettings(host, 587, null, null, "noreply@hengqiao.local", MailSettings.Tls.STARTTLS,
				"https://hengqiao.example.cn/", "0 0 8 * * *", "Asia/Shanghai", Duration.ofSeconds(10),
				Duration.ofMinutes(30), Duration.ofSeconds(10));
	}

	@Test
	void retriesBackOffExponentiallyUpToTheLimit() {
		MailSettings settings = settings("smtp.example.cn");
		assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
		assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofSeconds(160));
		assertThat(settings.backoffAfter(40)).isEqualTo(Duration.ofMinutes(30));
	}

	@Test
	void eMailIsOffWithoutAHostAndLinksStartWithThePublicUrl() {
		assertThat(settings("").enabled()).isFalse();
		assertThat(settings(null).enabled()).isFalse();
		assertThat(settings("smtp.example.cn").url("/needs/3")).isEqualTo("https://hengqiao.example.cn/needs/3");
	}

}
