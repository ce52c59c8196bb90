package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hengqiao.testing.TestPlatformConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The packaged portal over real HTTP (compression is the container's): hashed assets are compressed and cached for
 * a year, index.html is revalidated on every load so a release shows at once, and API answers are never stored.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(TestPlatformConfiguration.class)
class StaticAssetsIntegrationTests {

	private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void hashedAssetsAreCompressedAndCachedForAYearWhileThePageIsRevalidated() throws Exception {
		HttpResponse<String> page = get("/needs/1");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control")).as("the portal's page").hasValue("no-cache");
		Matcher script = SCRIPT.matcher(page.body());
		assertThat(script.find()).as("index.html names its module script").isTrue();

		HttpResponse<byte[]> asset = this.http.send(request(script.group(1)).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control")).as("a hashed asset")
			.hasValue("max-age=31536000, public, immutable");
		assertThat(asset.headers().firstValue("Content-Encoding")).as("a hashed script").hasValue("gzip");
	}

	@Test
	void apiAnswersAreNeverStored() throws Exception {
		HttpResponse<String> legal = get("/api/v1/legal/terms");

		assertThat(legal.statusCode()).isEqualTo(200);
		assertThat(legal.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
