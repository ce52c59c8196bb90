package org.hengqiao.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** What integration tests of organisations and accounts share: a clock they can move and the fixtures. */
@TestConfiguration(proxyBeanMethods = false)
@Import(Fixtures.class)
public class TestPlatformConfiguration {

	@Bean
	@Primary
	MovableClock movableClock() {
		return new MovableClock();
	}

}
