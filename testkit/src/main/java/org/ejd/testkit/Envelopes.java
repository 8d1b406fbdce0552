package org.ejd.testkit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/** CloudEvents envelopes as another service would publish them, for consumer tests. */
public final class Envelopes {

	private static final JsonMapper json = JsonMapper.builder().build();

	private Envelopes() {
	}

	public static String envelope(UUID id, String source, String type, String subject, @Nullable UUID schoolId, long version,
			Map<String, ?> data) {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("specversion", "1.0");
		envelope.put("id", id.toString());
		envelope.put("source", source);
		envelope.put("type", type);
		envelope.put("time", Instant.now().toString());
		envelope.put("subject", subject);
		envelope.put("datacontenttype", "application/json");
		if (schoolId != null) {
			envelope.put("schoolid", schoolId.toString());
		}
		envelope.put("version", version);
		envelope.put("data", data);
		return json.writeValueAsString(envelope);
	}

	public static String envelope(String source, String type, String subject, @Nullable UUID schoolId, long version,
			Map<String, ?> data) {
		return envelope(UUID.randomUUID(), source, type, subject, schoolId, version, data);
	}
}
