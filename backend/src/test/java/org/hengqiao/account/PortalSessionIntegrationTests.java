package org.hengqiao.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.hengqiao.organisation.OrganisationType;
import org.hengqiao.testing.Fixtures;
import org.hengqiao.testing.Fixtures.Person;
import org.hengqiao.testing.Json;
import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The session as a browser running the portal lives it, over real HTTP with cookies: MockMvc's {@code csrf()}
 * helper replaces the token repository, so the cookie round trip can only be seen like this.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestPlatformConfiguration.class)
class PortalSessionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	@Test
	void thePortalSignsInAndOutWithTheTokenFromItsCookie() throws Exception {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		String credentials = Json.object("email", person.email(), "password", person.password());

		assertThat(send("GET", "/api/v1/session", null, false).body()).contains("\"authenticated\":false");
		String token = cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));

		assertThat(send("POST", "/api/v1/session", credentials, false).statusCode()).as("without the header")
			.isEqualTo(403);

		HttpResponse<String> signedIn = send("POST", "/api/v1/session", credentials, true);
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(cookie("XSRF-TOKEN")).as("the token after signing in").isPresent().get().isNotEqualTo(token);
		assertThat(cookie("JSESSIONID")).as("the session cookie").isPresent();

		assertThat(send("GET", "/api/v1/session", null, false).body()).contains("\"authenticated\":true")
			.contains("\"roles\":[\"MEMBER\",\"ORG_ADMIN\"]");

		assertThat(send("DELETE", "/api/v1/session", null, true).statusCode()).isEqualTo(204);
		assertThat(send("GET", "/api/v1/session", null, false).body()).contains("\"authenticated\":false");
	}

	@Test
	void anAnonymousChunkedChangeIsRefusedBeforeItsBodyIsRead() throws Exception {
		send("GET", "/api/v1/session", null, false);
		HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/needs"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[27 * 1024 * 1024])));
		cookie("XSRF-TOKEN").ifPresent(token -> chunked.header("X-XSRF-TOKEN", token));
		long started = System.nanoTime();
		HttpResponse<String> response = this.browser.send(chunked.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("27 MB from a visitor with a valid token: %s", response.body())
			.isEqualTo(401);
		assertThat((System.nanoTime() - started) / 1_000_000).as("ms, nothing parsed").isLessThan(5_000);
	}

	@Test
	void aSignedInMembersChunkedBodyOverTheLimitIsCountedAndRefused() throws Exception {
		Person person = this.fixtures.registerOrganisation(OrganisationType.ENTERPRISE).admin();
		send("GET", "/api/v1/session", null, false);
		assertThat(send("POST", "/api/v1/session", Json.object("email", person.email(), "password", person.password()),
				true).statusCode()).isEqualTo(200);
		StringBuilder json = new StringBuilder("{\"title\":\"x\",\"keywords\":[");
		while (json.length() < 2 * 1024 * 1024) {
			json.append("\"烟气脱硫烟气脱硫\",");
		}
		byte[] large = json.append("\"end\"]}").toString().getBytes(StandardCharsets.UTF_8);
		HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/needs"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large)));
		cookie("XSRF-TOKEN").ifPresent(token -> chunked.header("X-XSRF-TOKEN", token));
		HttpResponse<String> response = this.browser.send(chunked.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("a chunked 2 MB JSON body, counted while it is read: %s", response.body())
			.isEqualTo(413);
		assertThat(response.body()).contains("\"code\":\"bodyTooLarge\"");
	}

	private HttpResponse<String> send(String method, String path, String body, boolean withToken)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, body != null ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (withToken) {
			cookie("XSRF-TOKEN").ifPresent(token -> request.header("X-XSRF-TOKEN", token));
		}
		return this.browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Optional<String> cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

}
