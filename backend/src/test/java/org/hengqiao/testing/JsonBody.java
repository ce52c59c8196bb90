package org.hengqiao.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** A request body under construction: builders start from a valid one and change what a test is about. */
public class JsonBody<B extends JsonBody<B>> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	protected final Map<String, Object> body = new LinkedHashMap<>();

	@SuppressWarnings("unchecked")
	public B with(String field, Object value) {
		this.body.put(field, value);
		return (B) this;
	}

	@SuppressWarnings("unchecked")
	public B without(String field) {
		this.body.remove(field);
		return (B) this;
	}

	public String json() {
		return JSON.writeValueAsString(this.body);
	}

	public static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

}
