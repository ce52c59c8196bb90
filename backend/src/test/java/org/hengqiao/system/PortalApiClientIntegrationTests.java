package org.hengqiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;

import org.hengqiao.testing.HengqiaoIntegrationTest;
import org.hengqiao.testing.PostingApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The portal's typed API client (frontend/src/api/*.ts) checked against the OpenAPI document: every request it
 * makes names a path and method the server documents, so a renamed or removed endpoint fails here, not in a browser.
 */
@HengqiaoIntegrationTest
class PortalApiClientIntegrationTests {

	/** {@code api.get<T>(`${BASE}/path/${id}`, …)}: the method and the path template. */
	private static final Pattern CALL = Pattern
		.compile("api\\.(get|post|put|delete|patch)(?:<[^(]*>)?\\(\\s*`\\$\\{BASE\\}([^`?]*)");

	private static final Path CLIENT = Path.of("..", "frontend", "src", "api");

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyRequestOfThePortalIsADocumentedEndpoint() throws IOException {
		Map<String, Map<String, Object>> paths = JsonPath
			.read(PostingApi.body(this.mvc.get().uri("/v3/api-docs").exchange()), "$.paths");
		List<String> calls = calls();
		assertThat(calls).as("requests found in the client").hasSizeGreaterThan(50);

		List<String> undocumented = new ArrayList<>();
		for (String call : calls) {
			String method = call.substring(0, call.indexOf(' '));
			String template = "/api/v1" + call.substring(call.indexOf(' ') + 1)
				.replaceAll("\\$\\{toQueryString\\([^}]*\\)\\}$", "");
			boolean documented = paths.entrySet().stream()
				.anyMatch(path -> matches(template, path.getKey()) && path.getValue().containsKey(method));
			if (!documented) {
				undocumented.add(call);
			}
		}
		assertThat(undocumented).as("requests of the portal that the OpenAPI document does not have").isEmpty();
	}

	private static List<String> calls() throws IOException {
		List<String> calls = new ArrayList<>();
		try (Stream<Path> files = Files.list(CLIENT)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".ts") && !f.toString().endsWith(".spec.ts"))
				.toList()) {
				Matcher call = CALL.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (call.find()) {
					calls.add(call.group(1) + " " + call.group(2));
				}
			}
		}
		return calls;
	}

	/** A client segment {@code ${…}} stands for any value; a literal must equal the document's or fill its parameter. */
	static boolean matches(String template, String documented) {
		String[] client = template.split("/");
		String[] server = documented.split("/");
		if (client.length != server.length) {
			return false;
		}
		for (int i = 0; i < client.length; i++) {
			boolean variable = client[i].startsWith("${") && client[i].endsWith("}");
			boolean parameter = server[i].startsWith("{") && server[i].endsWith("}");
			if (!variable && !parameter && !client[i].equals(server[i])) {
				return false;
			}
		}
		return true;
	}

}
