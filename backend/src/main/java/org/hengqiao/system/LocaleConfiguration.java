package org.hengqiao.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Chinese first: a request without a supported Accept-Language is answered in Simplified Chinese. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(CHINESE, Locale.ENGLISH));
		resolver.setDefaultLocale(CHINESE);
		return resolver;
	}

}
