package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.hengqiao.testing.Acting;
import org.hengqiao.testing.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
class PlatformIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void healthReportsDatabaseAndSearch() {
		// The components are for operators (anonymous callers see the overall status only).
		assertThat(this.mvc.get().uri("/actuator/health").with(Acting.as(Organisations.operator()))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").as("overall status").isEqualTo("UP");
				assertThat(json).extractingPath("$.components.db.status").as("database").isEqualTo("UP");
				assertThat(json).extractingPath("$.components.search.status").as("search").isEqualTo("UP");
			});
	}

	@Test
	void unknownApiPathIsAProblemDetailInChineseByDefault() {
		assertThat(this.mvc.get().uri("/api/v1/no-such-thing")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.title").isEqualTo("未找到");
				assertThat(json).extractingPath("$.code").isEqualTo("notFound");
				assertThat(json).extractingPath("$.status").isEqualTo(404);
			});
	}

	@Test
	void problemDetailsFollowAcceptLanguage() {
		assertThat(this.mvc.get().uri("/api/v1/no-such-thing").header("Accept-Language", "en-GB,en;q=0.9"))
			.hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Not found");
	}

	@Test
	void changingRequestWithoutCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/api/v1/no-such-thing").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("csrf");
	}

	@Test
	void problemsRaisedBySecurityFiltersAreInChineseByDefaultToo() {
		assertThat(this.mvc.post().uri("/api/v1/match").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("安全令牌无效");
		assertThat(this.mvc.post()
			.uri("/api/v1/match")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.title").isEqualTo("Invalid security token");
	}

	@Test
	void portalDeepLinksLoadTheSinglePageApp() {
		assertThat(this.mvc.get().uri("/needs/42")).hasStatusOk().hasForwardedUrl("/index.html");
		assertThat(this.mvc.get().uri("/search")).hasStatusOk().hasForwardedUrl("/index.html");
	}

	@Test
	void apiAndAssetPathsAreNotTakenForPortalRoutes() {
		assertThat(this.mvc.get().uri("/api/v1/needs-that-do-not-exist/7")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/assets/missing.js")).hasStatus(HttpStatus.NOT_FOUND);
	}

}
