package org.ejd.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;

import tools.jackson.databind.JsonNode;
import org.ejd.contracts.EventData;
import org.ejd.contracts.EventTypes;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event contracts of the {@code contracts} module, read from the classpath: the envelope
 * schema and one data schema per event type under {@code contracts/events/<topic>/<type>.schema.json}.
 * Producers check what they publish and consumers check what they read against the same files.
 */
public final class EventContracts {

	private static final String ROOT = "contracts/events/";

	private final ObjectMapper mapper;

	/**
	 * Formats are asserted ({@code uuid}, {@code date}…): a malformed id is refused here, not in a handler's retries. The
	 * draft 2020-12 dialect, its {@code uuid} checked without a regular expression ({@link UuidFormat}, ADR 0110).
	 */
	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
			Dialect.builder(Dialects.getDraft202012()).format(new UuidFormat()).build(),
			builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	/** One tolerant reader per contract record, made once (a reader is immutable and shared by threads). */
	private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

	private volatile @org.jspecify.annotations.Nullable Map<String, JsonNode> topics;

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

	/**
	 * Parses and checks an envelope as it came off the wire, as a tolerant reader: fields added
	 * later within the same topic version, and event types this build does not know yet, pass
	 * (the consumer ignores what it does not understand); a broken envelope or data that breaks
	 * the known schema otherwise does not.
	 */
	public EventEnvelope read(String topic, String json) {
		JsonNode node;
		try {
			node = mapper.readTree(json);
		}
		catch (RuntimeException ex) {
			throw new InvalidEventException("not JSON: " + ex.getMessage(), ex);
		}
		check(topic, node, false);
		requireProducer(topic, node.path("source").asString());
		// the checked data's tree goes into the envelope as it is, not copied through a parser of the tree (docs/adr/0074)
		JsonNode data = ((ObjectNode) node).remove("data");
		EventEnvelope envelope = mapper.treeToValue(node, EventEnvelope.class);
		return new EventEnvelope(envelope.specversion(), envelope.id(), envelope.source(), envelope.type(), envelope.time(),
				envelope.subject(), envelope.datacontenttype(), envelope.dataschema(), envelope.schoolid(), envelope.version(), data);
	}

	/**
	 * Reads a checked envelope's {@code data} into the contract's record for its type, tolerating
	 * fields added later within the topic version.
	 */
	public ReceivedEvent typed(EventEnvelope envelope) {
		EventData data = EventTypes.dataOf(envelope.type())
			.<EventData>map(type -> {
				try {
					return readers.computeIfAbsent(type, t -> mapper.readerFor(t).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
						.readValue(envelope.data());
				}
				catch (RuntimeException ex) {
					throw new InvalidEventException("data of " + envelope.type() + " does not read as "
							+ type.getSimpleName() + ": " + ex.getMessage(), ex);
				}
			})
			.orElseGet(() -> new ReceivedEvent.UnknownEvent(envelope.type()));
		return new ReceivedEvent(envelope, data);
	}

	/** Checks a whole envelope strictly, as a producer must: the envelope schema, then the data schema of its type. */
	public void validate(String topic, JsonNode envelope) {
		check(topic, envelope, true);
	}

	/**
	 * Checks that the catalogue ({@code contracts/topics.json}) lists the topic with this type and
	 * this producer: a topic nobody wrote down is a contract nobody can rely on.
	 * @param source the CloudEvents source, {@code /ejd/<producing service>}
	 */
	public void requireCatalogued(String topic, String type, String source) {
		JsonNode entry = catalogue().get(topic);
		if (entry == null) {
			throw new InvalidEventException("topic " + topic + " is not in contracts/topics.json");
		}
		boolean typeListed = false;
		for (JsonNode listed : entry.path("eventTypes")) {
			typeListed |= type.equals(listed.path("type").asString());
		}
		if (!typeListed) {
			throw new InvalidEventException("type " + type + " is not listed for " + topic + " in contracts/topics.json");
		}
		if (!source.endsWith("/" + entry.path("producer").asString())) {
			throw new InvalidEventException(source + " is not the producer of " + topic + " in contracts/topics.json");
		}
	}

	/**
	 * How the catalogue ({@code contracts/topics.json}) says the {@code version} of this type grows; empty for a topic or type
	 * this build does not know (the consumer passes such an event by, docs/adr/0059).
	 */
	public java.util.Optional<VersionKind> versionKind(String topic, String type) {
		JsonNode entry = catalogue().get(topic);
		if (entry != null) {
			for (JsonNode listed : entry.path("eventTypes")) {
				if (type.equals(listed.path("type").asString())) {
					return java.util.Optional.of(VersionKind.of(listed.path("version").asString()));
				}
			}
		}
		return java.util.Optional.empty();
	}

	/**
	 * A consumer's check that the event comes from the service that owns the topic: anyone who can
	 * write to Kafka could otherwise put a representation on identity's topic in its own name.
	 * (The broker's ACLs are the real lock; this makes a forged event a dead letter, not a fact.)
	 */
	private void requireProducer(String topic, String source) {
		JsonNode entry = catalogue().get(topic);
		if (entry != null && !source.endsWith("/" + entry.path("producer").asString())) {
			throw new InvalidEventException("source " + source + " does not own " + topic + " (contracts/topics.json names "
					+ entry.path("producer").asString() + ")");
		}
	}

	private Map<String, JsonNode> catalogue() {
		Map<String, JsonNode> loaded = topics;
		if (loaded == null) {
			try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream("contracts/topics.json")) {
				if (in == null) {
					throw new IllegalStateException("no contracts/topics.json on the classpath");
				}
				Map<String, JsonNode> byTopic = new java.util.HashMap<>();
				mapper.readTree(in).forEach(entry -> byTopic.put(entry.path("topic").asString(), entry));
				loaded = Map.copyOf(byTopic);
				topics = loaded;
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot read contracts/topics.json", ex);
			}
		}
		return loaded;
	}

	private void check(String topic, JsonNode envelope, boolean strict) {
		failOn("envelope", schema(ROOT + "envelope.schema.json").validate(envelope), strict);
		String type = envelope.path("type").asString();
		Schema dataSchema = schemaOrNull(schemaPath(topic, type));
		if (dataSchema == null) {
			if (strict) {
				throw new InvalidEventException("unknown event type '" + type + "' on topic " + topic);
			}
			return;
		}
		failOn(type, dataSchema.validate(envelope.get("data")), strict);
	}

	private static void failOn(String what, List<Error> errors, boolean strict) {
		List<Error> relevant = strict ? errors
				: errors.stream().filter(e -> !"additionalProperties".equals(e.getKeyword())).toList();
		if (!relevant.isEmpty()) {
			throw new InvalidEventException(what + " does not match its schema: " + relevant);
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
