package org.ejd.platform.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The wire form of every eJD event: CloudEvents 1.0 structured JSON plus two extension
 * attributes ({@code schoolid}, {@code version}; CloudEvents wants extension names lower-case).
 */
public record EventEnvelope(
		String specversion,
		UUID id,
		String source,
		String type,
		Instant time,
		String subject,
		String datacontenttype,
		@Nullable String dataschema,
		@Nullable UUID schoolid,
		long version,
		JsonNode data) {

	public static final String SPEC_VERSION = "1.0";

	public static final String CONTENT_TYPE = "application/json";
}
