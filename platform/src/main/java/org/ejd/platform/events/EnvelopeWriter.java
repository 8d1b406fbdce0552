package org.ejd.platform.events;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** Turns an {@link IntegrationEvent} into its checked wire form. One place for the mapping. */
public final class EnvelopeWriter {

	private final ObjectMapper mapper;

	private final EventContracts contracts;

	private final String source;

	public EnvelopeWriter(ObjectMapper mapper, EventContracts contracts, String source) {
		this.mapper = mapper;
		this.contracts = contracts;
		this.source = source;
	}

	public EventEnvelope envelope(IntegrationEvent event) {
		JsonNode data = withoutNulls(mapper.valueToTree(event.data()));
		return new EventEnvelope(EventEnvelope.SPEC_VERSION, event.eventId(), source, event.type(), event.occurredAt(),
				event.subject(), EventEnvelope.CONTENT_TYPE, EventContracts.schemaPath(event.topic(), event.type()),
				event.schoolId(), event.version(), data);
	}

	/** Absent, not null: optional fields are left out of the wire form, as the schemas expect. */
	private static JsonNode withoutNulls(JsonNode node) {
		if (node instanceof ObjectNode object) {
			java.util.List<String> nulls = object.properties().stream().filter(e -> e.getValue().isNull()).map(java.util.Map.Entry::getKey).toList();
			object.remove(nulls);
			object.forEach(EnvelopeWriter::withoutNulls);
		}
		else if (node.isArray()) {
			node.forEach(EnvelopeWriter::withoutNulls);
		}
		return node;
	}

	/** The JSON sent to Kafka; refuses (and so keeps in the outbox) what breaks its own contract. */
	public String write(IntegrationEvent event) {
		ObjectNode envelope = wireTree(event);
		contracts.validate(event.topic(), envelope);
		contracts.requireCatalogued(event.topic(), event.type(), source);
		return mapper.writeValueAsString(envelope);
	}

	/**
	 * The envelope's JSON tree, the {@link #envelope} record's JSON without its nulls, built once: the data's tree is put in
	 * as it is instead of being written out and read back with the whole record (docs/adr/0074). Optional attributes
	 * (schoolid, dataschema) are left out, not null: the envelope schema wants strings.
	 */
	ObjectNode wireTree(IntegrationEvent event) {
		EventEnvelope envelope = envelope(event);
		ObjectNode node = mapper.createObjectNode();
		put(node, "specversion", envelope.specversion());
		put(node, "id", envelope.id());
		put(node, "source", envelope.source());
		put(node, "type", envelope.type());
		if (envelope.time() != null) {
			node.set("time", mapper.valueToTree(envelope.time()));
		}
		put(node, "subject", envelope.subject());
		put(node, "datacontenttype", envelope.datacontenttype());
		put(node, "dataschema", envelope.dataschema());
		put(node, "schoolid", envelope.schoolid());
		node.put("version", envelope.version());
		node.set("data", envelope.data());
		return node;
	}

	private static void put(ObjectNode node, String name, @Nullable Object value) {
		if (value != null) {
			node.put(name, value.toString());
		}
	}
}
