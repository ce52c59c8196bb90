package org.hengqiao.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Request bodies built from key-value pairs (nulls allowed), so a test shows only the fields it is about. */
public final class Json {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private Json() {
	}

	public static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	public static String object(Object... keysAndValues) {
		return write(map(keysAndValues));
	}

	public static String write(Object value) {
		return mapper.writeValueAsString(value);
	}

	/** A copy of the map with one entry replaced (or added). */
	public static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(map);
		copy.put(key, value);
		return copy;
	}

}
