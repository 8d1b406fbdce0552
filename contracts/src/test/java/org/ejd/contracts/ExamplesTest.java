package org.ejd.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The canonical examples are valid events and read, field for field, into the records consumers use. */
class ExamplesTest {

	/** Stricter than a consumer (which tolerates fields added later): every field of an example must land in a component. */
	private final JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	@Test
	void everyExampleReadsIntoItsRecordWithNoFieldLeftOver() {
		for (Path example : ContractFiles.examples()) {
			JsonNode envelope = ContractFiles.read(example);
			String type = envelope.path("type").asString();
			Class<? extends EventData> record = EventTypes.dataOf(type).orElseThrow(() -> new AssertionError(example + ": no record for " + type));
			assertThat(strict.treeToValue(envelope.get("data"), record)).as(example.getFileName().toString()).isInstanceOf(record);
		}
	}

	@Test
	void everyExampleMatchesTheEnvelopeAndItsDataSchemaWithFormatsAsserted() {
		for (Path example : ContractFiles.examples()) {
			JsonNode envelope = ContractFiles.read(example);
			String type = envelope.path("type").asString();
			Class<? extends EventData> record = EventTypes.dataOf(type).orElseThrow();
			String schema = "events/" + ContractFiles.constant(record, "TOPIC") + "/" + type + ".schema.json";
			assertThat(ContractFiles.validate("events/envelope.schema.json", envelope)).as(example.toString()).isEmpty();
			assertThat(envelope.path("dataschema").asString()).as(example.toString()).isEqualTo("contracts/" + schema);
			assertThat(ContractFiles.validate(schema, envelope.get("data"))).as(example.toString()).isEmpty();
		}
	}

	@Test
	void everyExampleIsNamedAfterItsType() {
		for (Path example : ContractFiles.examples()) {
			String name = example.getFileName().toString().replaceFirst("\\.json$", "");
			String type = ContractFiles.read(example).path("type").asString();
			// a second example of a type (one the schema's oneOf forbids to merge) adds a suffix: journal.grade.recorded.deferred
			assertThat(name.equals(type) || name.startsWith(type + ".")).as(name + " holds " + type).isTrue();
		}
	}

	@Test
	void everyRecordComponentIsFilledInSomeExampleOfItsType() {
		Map<Class<?>, Set<String>> filled = new HashMap<>();
		for (Path example : ContractFiles.examples()) {
			JsonNode envelope = ContractFiles.read(example);
			Class<? extends EventData> record = EventTypes.dataOf(envelope.path("type").asString()).orElseThrow();
			filledPaths(strict.treeToValue(envelope.get("data"), record), "", filled.computeIfAbsent(record, r -> new TreeSet<>()));
		}
		List<String> missing = new ArrayList<>();
		for (String type : EventTypes.types()) {
			Class<? extends EventData> record = EventTypes.dataOf(type).orElseThrow();
			Set<String> all = new TreeSet<>();
			componentPaths(record, "", all);
			all.removeAll(filled.getOrDefault(record, Set.of()));
			all.forEach(path -> missing.add(type + ": " + path));
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void theStrictReadRefusesAFieldItsRecordDoesNotHave() {
		ObjectNode data = (ObjectNode) example("journal.mark.posted").get("data");
		data.put("addedInALaterMinorVersion", true);
		assertThatThrownBy(() -> strict.treeToValue(data, EventTypes.dataOf("journal.mark.posted").orElseThrow()))
			.isInstanceOf(UnrecognizedPropertyException.class);
	}

	@Test
	void formatsAreAssertedSoAMalformedDateOrIdFailsTheSchema() {
		String schema = "events/journal.marks.v1/journal.mark.posted.schema.json";
		ObjectNode data = (ObjectNode) example("journal.mark.posted").get("data");
		assertThat(ContractFiles.validate(schema, data)).isEmpty();
		data.put("workDate", "23.11.2026");
		assertThat(ContractFiles.validate(schema, data)).extracting(com.networknt.schema.Error::getKeyword).containsExactly("format");
		data.put("workDate", "2026-11-23");
		data.put("markId", "not-a-uuid");
		assertThat(ContractFiles.validate(schema, data)).extracting(com.networknt.schema.Error::getKeyword).containsExactly("format");
	}

	private static JsonNode example(String name) {
		return ContractFiles.read(ContractFiles.root().resolve("events/examples/" + name + ".json"));
	}

	/** Paths of the components that hold a value, into nested records, list items and map values. */
	private static void filledPaths(Object value, String prefix, Set<String> out) {
		if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				Object held;
				try {
					held = component.getAccessor().invoke(record);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
				if (held != null) {
					out.add(prefix + component.getName());
					filledPaths(held, prefix + component.getName() + ".", out);
				}
			}
		}
		else if (value instanceof Collection<?> items) {
			items.forEach(item -> filledPaths(item, prefix, out));
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach(item -> filledPaths(item, prefix, out));
		}
	}

	/** Every path {@link #filledPaths} can find in a record type. */
	private static void componentPaths(Class<?> record, String prefix, Set<String> out) {
		for (RecordComponent component : record.getRecordComponents()) {
			out.add(prefix + component.getName());
			Type type = component.getGenericType();
			if (type instanceof ParameterizedType generic) {
				Type[] arguments = generic.getActualTypeArguments();
				type = arguments[arguments.length - 1];
			}
			if (type instanceof Class<?> nested && nested.isRecord()) {
				componentPaths(nested, prefix + component.getName() + ".", out);
			}
		}
	}
}
