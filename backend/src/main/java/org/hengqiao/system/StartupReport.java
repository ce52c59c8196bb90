package org.hengqiao.system;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says once, at start-up, which profile, database and search cluster this instance uses. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final Environment environment;

	StartupReport(Environment environment) {
		this.environment = environment;
	}

	@EventListener
	void report(ApplicationReadyEvent event) {
		String[] profiles = this.environment.getActiveProfiles();
		String database = withoutCredentials(this.environment.getProperty("spring.datasource.url", "?"));
		String search = withoutCredentials(this.environment.getProperty("spring.elasticsearch.uris", "?"));
		String port = this.environment.getProperty("local.server.port", "?");
		log.atInfo()
			.addKeyValue("profiles", Arrays.toString(profiles))
			.addKeyValue("database", database)
			.addKeyValue("search", search)
			.addKeyValue("port", port)
			.log("Hengqiao started on port {} (profiles {}, database {}, search {})", port,
					profiles.length == 0 ? "default" : String.join(",", profiles), database, search);
	}

	/**
	 * Drops any {@code user:password@} and {@code password=} parts before a URL reaches the log. The user part ends
	 * at the last {@code @} before the path, since an unencoded {@code @} in a password is common.
	 */
	static String withoutCredentials(String url) {
		return url.replaceAll("//[^/]*@", "//").replaceAll("(?i)(password=)[^;&]*", "$1***");
	}

}
