package org.ejd.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event contracts of the {@code contracts} module, read from the classpath: the envelope
 * schema and one data schema per event type under {@code contracts/events/<topic>/<type>.schema.json}.
 * Producers check what they publish and consumers check what they read against the same files.
 */
public final class EventContracts {

	private static final String ROOT = "contracts/events/";

	private final ObjectMapper mapper;

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	public EventContracts() {
		this(JsonMapper.builder().build());
	}

	public EventContracts(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/** Path of the data schema of an event type on the given topic, relative to the classpath root. */
	public static String schemaPath(String topic, String type) {
		return ROOT + topic + "/" + type + ".schema.json";
	}

	/** Parses and checks an envelope as it came off the wire. */
	public EventEnvelope read(String topic, String json) {
		JsonNode node;
		try {
			node = mapper.readTree(json);
		}
		catch (RuntimeException ex) {
			throw new InvalidEventException("not JSON: " + ex.getMessage(), ex);
		}
		validate(topic, node);
		return mapper.treeToValue(node, EventEnvelope.class);
	}

	/** Checks a whole envelope: the envelope schema, then the data schema of its type. */
	public void validate(String topic, JsonNode envelope) {
		failOn("envelope", schema(ROOT + "envelope.schema.json").validate(envelope));
		String type = envelope.path("type").asString();
		Schema dataSchema = schemaOrNull(schemaPath(topic, type));
		if (dataSchema == null) {
			throw new InvalidEventException("unknown event type '" + type + "' on topic " + topic);
		}
		failOn(type, dataSchema.validate(envelope.get("data")));
	}

	private static void failOn(String what, List<Error> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidEventException(what + " does not match its schema: " + errors);
		}
	}

	private Schema schema(String path) {
		Schema schema = schemaOrNull(path);
		if (schema == null) {
			throw new IllegalStateException("no schema on the classpath at " + path);
		}
		return schema;
	}

	private Schema schemaOrNull(String path) {
		Schema cached = schemas.get(path);
		if (cached != null) {
			return cached;
		}
		try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				return null;
			}
			Schema schema = registry.getSchema(mapper.readTree(in));
			schemas.put(path, schema);
			return schema;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read schema " + path, ex);
		}
	}
}
