package org.ejd.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ejd.contracts.consent.ConsentEvent;
import org.ejd.contracts.identity.IdentityEvent;
import org.ejd.contracts.journal.JournalEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Each record mirrors its JSON Schema: the same properties in the same order, optional exactly where the schema says, typed by its formats. */
class RecordsMatchSchemasTest {

	@Test
	void componentNamesAreTheSchemasPropertyNamesInSchemaOrder() {
		List<String> mismatches = new ArrayList<>();
		for (Shape shape : shapes()) {
			List<String> components = Arrays.stream(shape.record().getRecordComponents()).map(RecordComponent::getName).toList();
			List<String> properties = List.copyOf(shape.schema().path("properties").propertyNames());
			if (!components.equals(properties)) {
				mismatches.add(shape.where() + ": components " + components + " but properties " + properties);
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void requiredPropertiesAreNonNullComponentsAndOptionalOnesAreNullable() {
		List<String> mismatches = new ArrayList<>();
		for (Shape shape : shapes()) {
			for (RecordComponent component : shape.record().getRecordComponents()) {
				boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
				if (nullable == shape.required(component.getName())) {
					mismatches.add(shape.where() + "." + component.getName() + (nullable ? " is @Nullable but required" : " is optional but not @Nullable"));
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void componentTypesFollowTheSchemasTypesAndFormats() {
		List<String> mismatches = new ArrayList<>();
		for (Shape shape : shapes()) {
			for (RecordComponent component : shape.record().getRecordComponents()) {
				JsonNode property = shape.property(component.getName());
				String problem = typeProblem(component.getGenericType(), property, shape.required(component.getName()), shape.root());
				if (problem != null) {
					mismatches.add(shape.where() + "." + component.getName() + ": " + problem);
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void everyRecordNamesItsSchemasTypeAndTopic() {
		for (String file : ContractFiles.schemaFiles()) {
			String type = ContractFiles.typeOf(file);
			Class<? extends EventData> record = EventTypes.dataOf(type).orElseThrow(() -> new AssertionError("no record for " + type));
			assertThat(ContractFiles.constant(record, "TYPE")).as(record.getSimpleName()).isEqualTo(type)
				.isEqualTo(ContractFiles.schema(file).path("title").asString());
			assertThat(ContractFiles.constant(record, "TOPIC")).as(record.getSimpleName()).isEqualTo(ContractFiles.topicOf(file));
		}
	}

	@Test
	void eachProducersSealedInterfacePermitsExactlyTheRecordsOfItsTypes() {
		Map<String, Class<?>> producers = Map.of("identity.", IdentityEvent.class, "journal.", JournalEvent.class, "consent.",
				ConsentEvent.class, "diary.", org.ejd.contracts.diary.DiaryEvent.class, "notification.",
				org.ejd.contracts.notification.NotificationEvent.class, "oneroster.",
				org.ejd.contracts.oneroster.OneRosterEvent.class);
		Set<Class<?>> permitted = new HashSet<>();
		producers.values().forEach(sealed -> permitted.addAll(List.of(sealed.getPermittedSubclasses())));
		Set<Class<?>> registered = new HashSet<>();
		for (String type : EventTypes.types()) {
			Class<? extends EventData> record = EventTypes.dataOf(type).orElseThrow();
			registered.add(record);
			assertThat(record).as(type).isRecord();
			producers.forEach((prefix, sealed) -> {
				if (type.startsWith(prefix)) {
					assertThat(sealed).as(type).isAssignableFrom(record);
				}
			});
		}
		assertThat(registered).isEqualTo(permitted);
	}

	/** A record, or a record nested in it, with the (sub)schema it reads. */
	private record Shape(String where, Class<?> record, JsonNode schema, JsonNode root) {

		boolean required(String name) {
			for (JsonNode required : schema.path("required")) {
				if (required.asString().equals(name)) {
					return true;
				}
			}
			return false;
		}

		JsonNode property(String name) {
			return resolve(root, schema.path("properties").path(name));
		}
	}

	private static List<Shape> shapes() {
		List<Shape> shapes = new ArrayList<>();
		for (String file : ContractFiles.schemaFiles()) {
			String type = ContractFiles.typeOf(file);
			JsonNode schema = ContractFiles.schema(file);
			EventTypes.dataOf(type).ifPresent(record -> collect(new Shape(type, record, schema, schema), shapes));
		}
		// more shapes than schemas: the nested records were visited too
		assertThat(shapes).hasSizeGreaterThan(ContractFiles.schemaFiles().size());
		return shapes;
	}

	/** The shape, then the nested records it holds: directly, as list items or as map values. */
	private static void collect(Shape shape, List<Shape> shapes) {
		shapes.add(shape);
		for (RecordComponent component : shape.record().getRecordComponents()) {
			JsonNode property = shape.property(component.getName());
			Type type = component.getGenericType();
			String where = shape.where() + "." + component.getName();
			if (type instanceof Class<?> nested && nested.isRecord()) {
				collect(new Shape(where, nested, property, shape.root()), shapes);
			}
			else if (type instanceof ParameterizedType generic && argument(generic, -1) instanceof Class<?> item && item.isRecord()) {
				if (generic.getRawType() == List.class) {
					collect(new Shape(where + "[]", item, resolve(shape.root(), property.path("items")), shape.root()), shapes);
				}
				else {
					for (Map.Entry<String, JsonNode> value : valueSchemas(property, shape.root()).entrySet()) {
						collect(new Shape(where + "." + value.getKey(), item, value.getValue(), shape.root()), shapes);
					}
				}
			}
		}
	}

	/** What a component of that Java type cannot hold of the property's schema, or null. */
	private static @Nullable String typeProblem(Type type, JsonNode property, boolean required, JsonNode root) {
		if (property.isMissingNode()) {
			return "no such property";
		}
		if (property.has("enum") || property.has("const")) {
			return type == String.class ? null : "an enum of strings needs String, not " + type.getTypeName();
		}
		Class<?> expected = switch (property.path("type").asString("")) {
			case "string" -> switch (property.path("format").asString("")) {
				case "uuid" -> UUID.class;
				case "date" -> LocalDate.class;
				case "date-time" -> Instant.class;
				case "time" -> LocalTime.class;
				default -> String.class;
			};
			case "integer" -> required ? int.class : Integer.class;
			case "number" -> BigDecimal.class;
			case "boolean" -> required ? boolean.class : Boolean.class;
			case "array" -> List.class;
			case "object" -> property.has("properties") || property.has("additionalProperties") ? Object.class : null;
			default -> null;
		};
		if (expected == null) {
			return "schema type " + property.path("type") + " has no Java type here";
		}
		Class<?> raw = type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
		if (expected == Object.class) {
			if (raw.isRecord()) {
				return null;
			}
			if (raw != Map.class) {
				return "an object needs a nested record or a Map, not " + type.getTypeName();
			}
			for (JsonNode value : valueSchemas(property, root).values()) {
				String problem = typeProblem(argument((ParameterizedType) type, 1), value, true, root);
				if (problem != null) {
					return "map value: " + problem;
				}
			}
			return null;
		}
		if (raw != expected) {
			return "expected " + expected.getSimpleName() + ", not " + type.getTypeName();
		}
		if (expected == List.class) {
			Type item = argument((ParameterizedType) type, 0);
			JsonNode items = resolve(root, property.path("items"));
			if (item instanceof Class<?> record && record.isRecord()) {
				return null;
			}
			String problem = typeProblem(item, items, false, root);
			return problem == null ? null : "list item: " + problem;
		}
		return null;
	}

	private static Type argument(ParameterizedType type, int index) {
		Type[] arguments = type.getActualTypeArguments();
		return arguments[index < 0 ? arguments.length - 1 : index];
	}

	/** The schemas of an object's values by name: its properties, and {@code *} for additionalProperties. */
	private static Map<String, JsonNode> valueSchemas(JsonNode object, JsonNode root) {
		Map<String, JsonNode> values = new LinkedHashMap<>();
		object.path("properties").properties().forEach(p -> values.put(p.getKey(), resolve(root, p.getValue())));
		if (object.path("additionalProperties").isObject()) {
			values.put("*", resolve(root, object.get("additionalProperties")));
		}
		return values;
	}

	/** Follows a local {@code $ref} such as {@code #/$defs/setting}. */
	private static JsonNode resolve(JsonNode root, JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		return ref.startsWith("#/") ? resolve(root, root.at(ref.substring(1))) : schema;
	}
}
