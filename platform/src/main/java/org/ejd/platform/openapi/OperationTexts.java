package org.ejd.platform.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What each operation does, in Russian and English, as a service writes it in {@code openapi/operations.yml} (ADR 0053):
 * <pre>
 * operations:
 *   &lt;operationId&gt;:
 *     summary: { ru: "…", en: "…" }
 *     description: { ru: "…", en: "…" }
 *     examples:                 # optional (ADR 0056): the JSON bodies an integrator sees first
 *       request: { … }          # the request body's example
 *       response: { … }         # the first 2xx JSON answer's example
 * </pre>
 */
public final class OperationTexts {

	/** Where a service keeps its file (its {@code src/main/resources}). */
	public static final String LOCATION = "openapi/operations.yml";

	/** One operation's texts, and the examples of its request and response bodies when the file gives them. */
	public record Text(String summaryRu, String summaryEn, String descriptionRu, String descriptionEn,
			@Nullable Object requestExample, @Nullable Object responseExample) {

		/** Texts without examples. */
		public Text(String summaryRu, String summaryEn, String descriptionRu, String descriptionEn) {
			this(summaryRu, summaryEn, descriptionRu, descriptionEn, null, null);
		}
	}

	private final Map<String, Text> texts;

	private OperationTexts(Map<String, Text> texts) {
		this.texts = texts;
	}

	/** The service's file, when it has one. */
	public static Optional<OperationTexts> onClasspath(@Nullable ClassLoader classLoader) {
		ClassLoader loader = classLoader != null ? classLoader : OperationTexts.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(LOCATION)) {
			return in == null ? Optional.empty() : Optional.of(read(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads the file; an entry without both languages of its summary and description is refused. */
	public static OperationTexts read(InputStream yaml) {
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		if (!(root instanceof Map<?, ?> top) || !(top.get("operations") instanceof Map<?, ?> operations)) {
			throw new IllegalArgumentException(LOCATION + ": no 'operations' map");
		}
		Map<String, Text> texts = new LinkedHashMap<>();
		operations.forEach((id, entry) -> {
			if (!(entry instanceof Map<?, ?> fields)) {
				throw new IllegalArgumentException(LOCATION + ": " + id + " is not a map of summary and description");
			}
			Object examples = fields.get("examples");
			if (examples != null && !(examples instanceof Map<?, ?>)) {
				throw new IllegalArgumentException(LOCATION + ": " + id + ".examples is not a map of request and response");
			}
			Map<?, ?> bodies = examples == null ? Map.of() : (Map<?, ?>) examples;
			bodies.keySet().stream().filter(k -> !"request".equals(k) && !"response".equals(k)).findFirst().ifPresent(k -> {
				throw new IllegalArgumentException(LOCATION + ": " + id + ".examples." + k + " is neither request nor response");
			});
			texts.put(String.valueOf(id), new Text(text(id, fields, "summary", "ru"), text(id, fields, "summary", "en"),
					text(id, fields, "description", "ru"), text(id, fields, "description", "en"), bodies.get("request"),
					bodies.get("response")));
		});
		return new OperationTexts(texts);
	}

	private static String text(Object id, Map<?, ?> fields, String field, String language) {
		if (fields.get(field) instanceof Map<?, ?> languages && languages.get(language) instanceof String value && !value.isBlank()) {
			return value.strip();
		}
		throw new IllegalArgumentException(LOCATION + ": " + id + " has no " + field + "." + language);
	}

	/** The texts of an operation, if the file has them. */
	public Optional<Text> of(String operationId) {
		return Optional.ofNullable(texts.get(operationId));
	}

	/** The operation ids the file describes. */
	public Set<String> operationIds() {
		return new TreeSet<>(texts.keySet());
	}

	/** What is wrong between the file and the operations a service serves: an operation without texts, texts of none. */
	public List<String> mismatches(Collection<String> servedOperationIds) {
		List<String> wrong = new ArrayList<>();
		new TreeSet<>(servedOperationIds).stream()
			.filter(id -> !texts.containsKey(id))
			.forEach(id -> wrong.add("no texts for the operation " + id));
		operationIds().stream()
			.filter(id -> !servedOperationIds.contains(id))
			.forEach(id -> wrong.add("texts for an operation that does not exist: " + id));
		return wrong;
	}
}
