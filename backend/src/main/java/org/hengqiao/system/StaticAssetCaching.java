package org.hengqiao.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The portal's build names every script, stylesheet and image under {@code /assets} after a hash of its content, so
 * browsers and proxies may keep them for a year without asking again; a release changes the names. Everything else
 * the portal serves ({@code index.html}, which names the current assets) is revalidated on every load
 * ({@code spring.web.resources.cache.cachecontrol.no-cache}), and API responses keep Spring Security's
 * {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetCaching implements WebMvcConfigurer {

	static final Duration HASHED_ASSET_LIFETIME = Duration.ofDays(365);

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/assets/")
			.setCacheControl(CacheControl.maxAge(HASHED_ASSET_LIFETIME).cachePublic().immutable());
	}

}
