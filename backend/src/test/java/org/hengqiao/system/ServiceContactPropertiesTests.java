package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ServiceContactPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Config.class);

	@Test
	void theFooterShowsTheConfiguredHotlineAndMailbox() {
		this.context.withPropertyValues("hengqiao.contact.hotline= 0734-8123456 ", "hengqiao.contact.email=service@hengqiao.cn")
			.run(context -> assertThat(new ServiceContactController(context.getBean(ServiceContactProperties.class))
				.contact()).isEqualTo(new ServiceContact("0734-8123456", "service@hengqiao.cn")));
	}

	@Test
	void anUnsetOrBlankPartIsLeftOut() {
		this.context.withPropertyValues("hengqiao.contact.hotline= ")
			.run(context -> assertThat(context.getBean(ServiceContactProperties.class).contact())
				.isEqualTo(new ServiceContact(null, null)));
	}

	@EnableConfigurationProperties(ServiceContactProperties.class)
	static class Config {

	}

}
