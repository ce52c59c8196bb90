package org.hengqiao.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad requests made from the OpenAPI document: for every operation, each parameter and each property of its body
 * replaced in turn by something it must refuse (a wrong type, an unknown enum value, a missing thing, a 100,000
 * character string, a malformed file), the rest of the request left plausible so the bad part is what gets judged.
 */
final class BadRequests {

	static final String HUGE = "衡".repeat(100_000);

	static final long MISSING_ID = 999_999_999L;

	/** Text {@code CleanText} refuses: NUL, a unit separator, a C1 control, a right-to-left override, an isolate. */
	static final List<String> UNCLEAN = List.of("正文\u0000正文", "正文\u001F", "\u0085正文", "发票\u202Egnp.exe",
			"\u2066正文\u2069");

	/** Query values whose percent-encoding is malformed: a lone {@code %}, an overlong UTF-8 byte, no hex digits. */
	static final List<String> MALFORMED_ENCODINGS = List.of("%", "%C0", "%zz", "%E4%B8");

	private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

	/** Nested objects deeper than this keep their plausible value: the DTOs here are at most three levels deep. */
	private static final int MAX_DEPTH = 3;

	/** A path segment standing for the first item of a list. */
	private static final String FIRST_ITEM = "[0]";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final JsonNode document;

	private final JsonMapper json;

	private final BiFunction<String, String, Optional<String>> knownPathValues;

	private final Map<String, String> knownBodies;

	/**
	 * @param knownPathValues for an operation's path template and a parameter name, a value that exists (the
	 * caller's organisation, its draft need), so that what follows the path is judged rather than a 404
	 * @param knownBodies valid bodies by schema name, mutated one property at a time
	 */
	BadRequests(JsonNode document, JsonMapper json, BiFunction<String, String, Optional<String>> knownPathValues,
			Map<String, String> knownBodies) {
		this.document = document;
		this.json = json;
		this.knownPathValues = knownPathValues;
		this.knownBodies = knownBodies;
	}

	List<BadRequest> all() {
		List<BadRequest> requests = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (METHODS.contains(operation.getKey())) {
					requests.addAll(of(HttpMethod.valueOf(operation.getKey().toUpperCase()), path.getKey(),
							operation.getValue()));
				}
			}
		}
		return requests;
	}

	private List<BadRequest> of(HttpMethod method, String template, JsonNode operation) {
		Map<String, String> path = new LinkedHashMap<>();
		Map<String, JsonNode> pathSchemas = new LinkedHashMap<>();
		Map<String, String> query = new LinkedHashMap<>();
		Map<String, JsonNode> querySchemas = new LinkedHashMap<>();
		for (JsonNode parameter : operation.path("parameters")) {
			String name = parameter.path("name").asString();
			JsonNode schema = resolve(parameter.path("schema"));
			switch (parameter.path("in").asString()) {
				case "path" -> {
					pathSchemas.put(name, schema);
					path.put(name, this.knownPathValues.apply(template, name)
						.orElseGet(() -> isNumeric(schema) ? String.valueOf(MISSING_ID) : "no-such-thing"));
				}
				case "query" -> {
					querySchemas.put(name, schema);
					if (parameter.path("required").asBoolean(false)) {
						query.put(name, plainText(plausible(schema, 0)));
					}
				}
				default -> {
				}
			}
		}
		Map<String, JsonNode> content = new LinkedHashMap<>();
		operation.path("requestBody").path("content").properties().forEach(e -> content.put(e.getKey(), e.getValue()));
		Body plausibleBody = plausibleBody(content);
		Operation op = new Operation(method, template, path, query, plausibleBody);

		List<BadRequest> requests = new ArrayList<>();
		pathSchemas.forEach((name, schema) -> {
			if (isNumeric(schema)) {
				requests.add(op.withPath(name, String.valueOf(MISSING_ID)));
				requests.add(op.withPath(name, "abc"));
				requests.add(op.withPath(name, "-1"));
			}
			else {
				requests.add(op.withPath(name, "no-such-thing"));
				requests.add(op.withPath(name, HUGE));
			}
			requests.add(op.withPath(name, "\u202E1").refusing(QueryStringFilter.PATH));
		});
		querySchemas.forEach((name, schema) -> {
			badQueryValues(schema).forEach(bad -> requests.add(op.withQuery(name, bad)));
			UNCLEAN.forEach(bad -> requests.add(op.withQuery(name, bad).refusing(name)));
			MALFORMED_ENCODINGS.forEach(bad -> requests.add(op.withRawQuery(name, bad).refusing(name)));
		});
		content.forEach((type, media) -> {
			if (type.equals(MediaType.APPLICATION_JSON_VALUE)) {
				requests.addAll(badJson(op, resolve(media.path("schema")), media.path("schema")));
			}
			else if (type.equals(MediaType.MULTIPART_FORM_DATA_VALUE)) {
				requests.addAll(badMultipart(op, resolve(media.path("schema"))));
			}
		});
		return requests;
	}

	private Body plausibleBody(Map<String, JsonNode> content) {
		if (content.containsKey(MediaType.APPLICATION_JSON_VALUE)) {
			JsonNode schema = content.get(MediaType.APPLICATION_JSON_VALUE).path("schema");
			return new Json(plausibleJson(schema).toString());
		}
		if (content.containsKey(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			return new Multipart(List.of());
		}
		return new NoBody();
	}

	private JsonNode plausibleJson(JsonNode schema) {
		String known = this.knownBodies.get(schemaName(schema));
		return known != null ? this.json.readTree(known) : plausible(resolve(schema), 0);
	}

	/** The whole body malformed, then each property (and each property of a nested object) wrong in turn. */
	private List<BadRequest> badJson(Operation op, JsonNode schema, JsonNode reference) {
		List<BadRequest> requests = new ArrayList<>();
		for (String body : List.of("", "{}", "[]", "\"x\"", "null", "{\"a\":")) {
			requests.add(op.withBody("body " + (body.isEmpty() ? "none" : body), new Json(body)));
		}
		requests.add(op.withBody("body as text/plain", new Plain(plausibleJson(reference).toString())));
		JsonNode base = plausibleJson(reference);
		if (base instanceof ObjectNode object) {
			badProperties(op, object, List.of(), schema, 0, requests);
		}
		return requests;
	}

	private void badProperties(Operation op, ObjectNode base, List<String> at, JsonNode schema, int depth,
			List<BadRequest> requests) {
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			List<String> path = new ArrayList<>(at);
			path.add(property.getKey());
			JsonNode propertySchema = resolve(property.getValue());
			String field = String.join(".", path).replace("." + FIRST_ITEM, FIRST_ITEM);
			for (String bad : badJsonValues(propertySchema)) {
				ObjectNode body = base.deepCopy();
				set(body, path, this.json.readTree(bad));
				requests.add(op.withBody("body ." + field + "=" + abbreviated(bad), new Json(body.toString())));
			}
			for (String unclean : uncleanJsonValues(propertySchema)) {
				ObjectNode body = base.deepCopy();
				set(body, path, this.json.readTree(unclean));
				String refused = type(propertySchema).equals("array") ? field + FIRST_ITEM : field;
				requests.add(op.withBody("body ." + field + "=" + unclean, new Json(body.toString())).refusing(refused));
			}
			if (depth >= MAX_DEPTH) {
				continue;
			}
			if (type(propertySchema).equals("object")) {
				badProperties(op, base, path, propertySchema, depth + 1, requests);
			}
			JsonNode items = resolve(propertySchema.path("items"));
			if (type(propertySchema).equals("array") && type(items).equals("object")) {
				List<String> item = new ArrayList<>(path);
				item.add(FIRST_ITEM);
				badProperties(op, base, item, items, depth + 1, requests);
			}
		}
	}

	/**
	 * Sets a value at a path of property names and {@link #FIRST_ITEM}s, creating the parents a base body left out
	 * (an optional nested object, an empty list).
	 */
	private static void set(ObjectNode body, List<String> path, JsonNode value) {
		JsonNode parent = body;
		for (int i = 0; i < path.size() - 1; i++) {
			String segment = path.get(i);
			parent = segment.equals(FIRST_ITEM) ? firstItem((ArrayNode) parent)
					: child((ObjectNode) parent, segment, path.get(i + 1).equals(FIRST_ITEM));
		}
		((ObjectNode) parent).set(path.getLast(), value);
	}

	private static JsonNode child(ObjectNode parent, String name, boolean array) {
		JsonNode existing = parent.get(name);
		if (array ? existing instanceof ArrayNode : existing instanceof ObjectNode) {
			return existing;
		}
		JsonNode created = array ? parent.arrayNode() : parent.objectNode();
		parent.set(name, created);
		return created;
	}

	private static ObjectNode firstItem(ArrayNode array) {
		if (array.get(0) instanceof ObjectNode item) {
			return item;
		}
		ObjectNode created = array.objectNode();
		if (array.isEmpty()) {
			array.add(created);
		}
		else {
			array.set(0, created);
		}
		return created;
	}

	private List<BadRequest> badMultipart(Operation op, JsonNode schema) {
		List<BadRequest> requests = new ArrayList<>();
		requests.add(op.withBody("multipart without parts", new Multipart(List.of())));
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			JsonNode propertySchema = resolve(property.getValue());
			boolean files = type(propertySchema).equals("array");
			JsonNode item = files ? resolve(propertySchema.path("items")) : propertySchema;
			if (!"binary".equals(item.path("format").asString(null))
					&& !"application/octet-stream".equals(item.path("contentMediaType").asString(null))) {
				continue;
			}
			String name = property.getKey();
			byte[] text = "这不是 PDF，也不是表格。\n".getBytes(StandardCharsets.UTF_8);
			requests.add(op.withBody("empty file " + name,
					new Multipart(List.of(new MockMultipartFile(name, "empty.pdf", MediaType.APPLICATION_PDF_VALUE, new byte[0])))));
			requests.add(op.withBody("text named .pdf " + name,
					new Multipart(List.of(new MockMultipartFile(name, "notes.pdf", MediaType.APPLICATION_PDF_VALUE, text)))));
			requests.add(op.withBody("text named .xlsx " + name,
					new Multipart(List.of(new MockMultipartFile(name, "catalogue.xlsx", XLSX, text)))));
		}
		return requests;
	}

	private List<String> badQueryValues(JsonNode schema) {
		if (schema.has("enum")) {
			return List.of("NO_SUCH_VALUE", HUGE);
		}
		return switch (type(schema)) {
			case "integer" -> List.of("abc", "1.5", "-1", "2147483647", "99999999999999999999");
			case "number" -> List.of("abc", "-1");
			case "boolean" -> List.of("abc");
			case "array" -> badQueryValues(resolve(schema.path("items")));
			case "string" -> "date".equals(schema.path("format").asString(null)) ? List.of("not-a-date", HUGE)
					: List.of(HUGE);
			default -> List.of("abc");
		};
	}

	/** As JSON text: a wrong type for each kind of property, an unknown enum value, a 100,000-character string. */
	private List<String> badJsonValues(JsonNode schema) {
		String huge = "\"" + HUGE + "\"";
		if (schema.has("enum")) {
			return List.of("\"NO_SUCH_VALUE\"", "12345", "{}");
		}
		return switch (type(schema)) {
			case "string" -> {
				String format = schema.path("format").asString("");
				if (format.equals("date") || format.equals("date-time")) {
					yield List.of("\"not-a-date\"", "12345", "{}", huge);
				}
				yield List.of("12345", "{}", "[]", huge);
			}
			case "integer", "number" -> List.of("\"abc\"", "{}", "-1", "99999999999999999999", "1e400");
			case "boolean" -> List.of("\"abc\"", "{}");
			case "array" -> {
				List<String> values = new ArrayList<>(List.of("{}", "\"abc\"", "[null]"));
				JsonNode items = resolve(schema.path("items"));
				badJsonValues(items).stream().limit(2).map(item -> "[" + item + "]").forEach(values::add);
				if (type(items).equals("string") && !items.has("enum")) {
					values.add("[" + huge + "]");
				}
				yield values;
			}
			case "object" -> List.of("[]", "\"abc\"", "12345");
			default -> List.of("{}");
		};
	}

	/** As JSON text: each unclean text for a string property, and as the first item of a list of strings. */
	private List<String> uncleanJsonValues(JsonNode schema) {
		boolean list = type(schema).equals("array");
		JsonNode text = list ? resolve(schema.path("items")) : schema;
		String format = text.path("format").asString("");
		if (!type(text).equals("string") || text.has("enum") || format.startsWith("date") || format.equals("binary")) {
			return List.of();
		}
		return UNCLEAN.stream()
			.map(unclean -> this.json.writeValueAsString(unclean))
			.map(value -> list ? "[" + value + "]" : value)
			.toList();
	}

	/** A value that passes for the schema's type, within its simple bounds; specific rules may still refuse it. */
	private JsonNode plausible(JsonNode schema, int depth) {
		Object value = plausibleValue(schema, depth);
		return value != null ? this.json.valueToTree(value) : this.json.readTree("null");
	}

	private @Nullable Object plausibleValue(JsonNode schema, int depth) {
		if (schema.has("example")) {
			return schema.get("example");
		}
		if (schema.has("enum")) {
			return schema.path("enum").path(0);
		}
		return switch (type(schema)) {
			case "integer", "number" -> Math.max(1, schema.path("minimum").asLong(1));
			case "boolean" -> false;
			case "array" -> depth > MAX_DEPTH ? List.of() : List.of(plausibleItem(schema, depth));
			case "object" -> {
				Map<String, Object> object = new LinkedHashMap<>();
				if (depth <= MAX_DEPTH) {
					schema.path("properties")
						.properties()
						.forEach(p -> object.put(p.getKey(), plausibleValue(resolve(p.getValue()), depth + 1)));
				}
				yield object;
			}
			case "string" -> switch (schema.path("format").asString("")) {
				case "date" -> LocalDate.now().plusMonths(3).toString();
				case "date-time" -> Instant.now().plus(90, ChronoUnit.DAYS).toString();
				case "email" -> "fuzz@example.cn";
				case "uri" -> "https://example.cn";
				default -> "衡阳".repeat(Math.max(1, schema.path("minLength").asInt(1)));
			};
			default -> null;
		};
	}

	private @Nullable Object plausibleItem(JsonNode schema, int depth) {
		return plausibleValue(resolve(schema.path("items")), depth + 1);
	}

	private static String plainText(JsonNode value) {
		return value.isString() ? value.asString() : value.toString();
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		for (int hops = 0; hops < 10; hops++) {
			if (resolved.has("$ref")) {
				String name = resolved.get("$ref").asString().substring("#/components/schemas/".length());
				resolved = this.document.path("components").path("schemas").path(name);
			}
			else if (resolved.path("allOf").size() == 1) {
				resolved = resolved.path("allOf").path(0);
			}
			else if (resolved.has("oneOf") || resolved.has("anyOf")) {
				resolved = resolved.has("oneOf") ? resolved.path("oneOf").path(0) : resolved.path("anyOf").path(0);
			}
			else {
				return resolved;
			}
		}
		return resolved;
	}

	private static String schemaName(JsonNode schema) {
		String reference = schema.path("$ref").asString("");
		return reference.substring(reference.lastIndexOf('/') + 1);
	}

	/** OpenAPI 3.1 may list {@code ["string", "null"]}: the type is the one that is not null. */
	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode t : type) {
				if (!t.asString().equals("null")) {
					return t.asString();
				}
			}
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") ? "object" : "";
	}

	private static boolean isNumeric(JsonNode schema) {
		String type = type(schema);
		return type.equals("integer") || type.equals("number");
	}

	private static String abbreviated(String value) {
		return value.length() > 20 ? value.substring(0, 8) + "…(" + value.length() + " chars)" : value;
	}

	/** An operation with plausible parameters and body, from which each bad request changes one part. */
	private record Operation(HttpMethod method, String template, Map<String, String> path, Map<String, String> query,
			Body body) {

		BadRequest withPath(String name, String value) {
			Map<String, String> changed = new LinkedHashMap<>(this.path);
			changed.put(name, value);
			return new BadRequest("path " + name + "=" + abbreviated(value), this.method, this.template, changed, this.query,
					this.body, null, null);
		}

		BadRequest withQuery(String name, String value) {
			Map<String, String> changed = new LinkedHashMap<>(this.query);
			changed.put(name, value);
			return new BadRequest("query " + name + "=" + abbreviated(value), this.method, this.template, this.path,
					changed, this.body, null, null);
		}

		/** The query string as sent, the parameter's value written as is after the encoded others. */
		BadRequest withRawQuery(String name, String rawValue) {
			Map<String, String> others = new LinkedHashMap<>(this.query);
			others.remove(name);
			String encoded = UriComponentsBuilder.newInstance()
				.queryParams(new LinkedMultiValueMap<>(others.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())))))
				.encode()
				.build()
				.getQuery();
			String raw = (encoded == null || encoded.isEmpty() ? "" : encoded + "&") + name + "=" + rawValue;
			return new BadRequest("raw query " + raw, this.method, this.template, this.path, Map.of(), this.body, raw,
					null);
		}

		BadRequest withBody(String label, Body body) {
			return new BadRequest(label, this.method, this.template, this.path, this.query, body, null, null);
		}

	}

	sealed interface Body permits Json, Plain, Multipart, NoBody {
	}

	record Json(String content) implements Body {
	}

	/** JSON labelled as something else. */
	record Plain(String content) implements Body {
	}

	record Multipart(List<MockMultipartFile> files) implements Body {
	}

	record NoBody() implements Body {
	}

	/**
	 * One request to send, and how to name it when it fails.
	 *
	 * @param rawQuery a query string sent exactly so (malformed percent-encoding), instead of {@code query}
	 * @param refusedField the field a 400 must name: text that is not clean or not decodable is refused naming it,
	 * whoever sends it (an anonymous change may be refused as anonymous first)
	 */
	record BadRequest(String label, HttpMethod method, String template, Map<String, String> path,
			Map<String, String> query, Body body, @Nullable String rawQuery, @Nullable String refusedField) {

		BadRequest refusing(String field) {
			return new BadRequest(this.label, this.method, this.template, this.path, this.query, this.body, this.rawQuery,
					field);
		}

		AbstractMockHttpServletRequestBuilder<?> toRequest() {
			URI uri = UriComponentsBuilder.fromUriString(this.template).buildAndExpand(this.path).encode().toUri();
			AbstractMockHttpServletRequestBuilder<?> request;
			if (this.body instanceof Multipart multipart) {
				MockMultipartHttpServletRequestBuilder upload = MockMvcRequestBuilders.multipart(this.method, uri);
				multipart.files().forEach(upload::file);
				request = upload;
			}
			else {
				request = MockMvcRequestBuilders.request(this.method, uri);
			}
			this.query.forEach((name, value) -> request.queryParam(name, value));
			if (this.rawQuery != null) {
				// MockMvc would refuse to build a URI with it; the server only ever sees the query string.
				String raw = this.rawQuery;
				request.with(sent -> {
					sent.setQueryString(raw);
					return sent;
				});
			}
			if (this.body instanceof Json json) {
				request.contentType(MediaType.APPLICATION_JSON).content(json.content());
			}
			else if (this.body instanceof Plain plain) {
				request.contentType(MediaType.TEXT_PLAIN).content(plain.content());
			}
			return request;
		}

		@Override
		public String toString() {
			return this.method + " " + this.template + " [" + this.label + "]";
		}

	}

}
