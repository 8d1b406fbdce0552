package org.ejd.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract files as producers and consumers get them: from the classpath, under {@code contracts/}. */
final class ContractFiles {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** JSON Schema 2020-12 with {@code format} asserted, not only annotated: a malformed uuid or date is an error. */
	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private ContractFiles() {
	}

	/** The packaged {@code contracts/} folder (the module's {@code events/} and {@code topics.json}). */
	static Path root() {
		URL catalogue = ContractFiles.class.getResource("/contracts/topics.json");
		if (catalogue == null) {
			throw new IllegalStateException("contracts/topics.json is not on the classpath");
		}
		try {
			return Path.of(catalogue.toURI()).getParent();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode topics() {
		return read(root().resolve("topics.json"));
	}

	/** {@code events/<topic>/<type>.schema.json}, as paths relative to {@link #root()}. */
	static List<String> schemaFiles() {
		try (Stream<Path> files = Files.walk(root().resolve("events"))) {
			return files.filter(f -> f.getFileName().toString().endsWith(".schema.json"))
				.filter(f -> !f.getParent().getFileName().toString().equals("events"))
				.map(f -> root().relativize(f).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The folders under {@code events/} other than {@code examples}: one per topic. */
	static List<String> topicFolders() {
		try (Stream<Path> dirs = Files.list(root().resolve("events"))) {
			return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).filter(d -> !d.equals("examples")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Path> examples() {
		try (Stream<Path> files = Files.list(root().resolve("events/examples"))) {
			return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Type and topic folder of a schema path {@code events/<topic>/<type>.schema.json}. */
	static String typeOf(String schemaFile) {
		String name = schemaFile.substring(schemaFile.lastIndexOf('/') + 1);
		return name.substring(0, name.length() - ".schema.json".length());
	}

	static String topicOf(String schemaFile) {
		String[] parts = schemaFile.split("/");
		return parts[parts.length - 2];
	}

	static JsonNode read(Path file) {
		try {
			return JSON.readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode schema(String schemaFile) {
		return read(root().resolve(schemaFile));
	}

	/** Errors of {@code instance} against the schema at the path relative to {@link #root()}. */
	static List<Error> validate(String schemaFile, JsonNode instance) {
		return SCHEMAS.getSchema(schema(schemaFile)).validate(instance);
	}

	/** The record constant {@code TYPE} or {@code TOPIC}. */
	static String constant(Class<?> record, String name) {
		try {
			return (String) record.getField(name).get(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new AssertionError(record.getSimpleName() + " has no public " + name, ex);
		}
	}
}
