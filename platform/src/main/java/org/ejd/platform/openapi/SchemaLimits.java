package org.ejd.platform.openapi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * The limits a value's own type sets, written where the code's annotations ({@code @Size}, {@code @Max}) say nothing
 * more: a UUID is 36 characters, a date 10, a timestamp at most 35; a string held to a plain {@code @Pattern}
 * ({@link #longestMatch}) is as long as the pattern allows; a header no longer than the server reads headers; a Java {@code int} or {@code long} keeps to its range. Nothing here loosens or invents a limit the service does
 * not enforce by parsing or validating the value.
 */
final class SchemaLimits {

	private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("uuid", 36, "date", 10, "date-time", 35, "time", 18,
			"partial-time", 18, "duration", 64);

	/** Tomcat's default {@code server.max-http-request-header-size}: no header value can be longer. */
	static final int MAX_HEADER_BYTES = 8192;

	private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

	static void apply(OpenAPI api) {
		SchemaLimits limits = new SchemaLimits();
		if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
			api.getComponents().getSchemas().values().forEach(limits::visit);
		}
		if (api.getPaths() != null) {
			api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
				if (operation.getParameters() != null) {
					operation.getParameters().forEach(p -> {
						limits.visit(p.getSchema());
						if ("header".equals(p.getIn()) && p.getSchema() != null && is(p.getSchema(), "string")
								&& p.getSchema().getMaxLength() == null) {
							// the server refuses a request whose line and headers pass server.max-http-request-header-size
							p.getSchema().setMaxLength(MAX_HEADER_BYTES);
						}
					});
				}
				if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
					operation.getRequestBody().getContent().values().forEach(m -> limits.visit(m.getSchema()));
				}
				if (operation.getResponses() != null) {
					operation.getResponses().values().forEach(r -> {
						if (r.getContent() != null) {
							r.getContent().values().forEach(m -> limits.visit(m.getSchema()));
						}
					});
				}
			}));
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void visit(Schema schema) {
		if (schema == null || !seen.add(schema)) {
			return;
		}
		if (is(schema, "string") && schema.getMaxLength() == null && schema.getEnum() == null && schema.getConst() == null
				&& schema.getFormat() != null && FORMAT_LENGTHS.containsKey(schema.getFormat())) {
			schema.setMaxLength(FORMAT_LENGTHS.get(schema.getFormat()));
		}
		if (is(schema, "string") && schema.getMaxLength() == null && schema.getPattern() != null) {
			Integer longest = longestMatch(schema.getPattern());
			if (longest != null) {
				schema.setMaxLength(longest);
			}
		}
		if (is(schema, "integer")) {
			boolean int32 = "int32".equals(schema.getFormat());
			if (schema.getMinimum() == null) {
				schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
			}
			if (schema.getMaximum() == null) {
				schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
			}
			if (schema.getFormat() == null) {
				schema.setFormat("int64");
			}
		}
		if (schema.getProperties() != null) {
			((Map<String, Schema>) schema.getProperties()).values().forEach(this::visit);
		}
		visit(schema.getItems());
		if (schema.getAdditionalProperties() instanceof Schema additional) {
			visit(additional);
		}
		for (var list : new java.util.List[] { schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems() }) {
			if (list != null) {
				((java.util.List<Schema>) list).forEach(this::visit);
			}
		}
	}

	/** The pattern without a leading {@code (?i)}, its anchors and one group around the whole of it. */
	static String unwrapped(String pattern) {
		String p = pattern.startsWith("(?i)") ? pattern.substring(4) : pattern;
		if (p.startsWith("^")) {
			p = p.substring(1);
		}
		if (p.endsWith("$") && !p.endsWith("\\$")) {
			p = p.substring(0, p.length() - 1);
		}
		if (p.startsWith("(") && p.endsWith(")") && p.indexOf('(', 1) < 0 && p.indexOf(')') == p.length() - 1) {
			p = p.substring(p.startsWith("(?:") ? 3 : 1, p.length() - 1);
		}
		return p;
	}

	/**
	 * The longest text a pattern matches when it is plain: alternatives of sequences of characters, classes and
	 * escapes, each at most a bounded number of times ({@code given|refused}, {@code [a-z0-9._-]{3,64}},
	 * {@code \\d{4}/\\d{4}}, optionally case-insensitive or anchored); none for anything else ({@code +}, {@code *},
	 * nested groups).
	 */
	static @Nullable Integer longestMatch(String pattern) {
		String p = unwrapped(pattern);
		if (p.isEmpty() || p.contains("(") || p.contains(")")) {
			return null;
		}
		int longest = 0;
		for (String alternative : p.split("\\|", -1)) {
			Integer length = sequenceLength(alternative);
			if (length == null) {
				return null;
			}
			longest = Math.max(longest, length);
		}
		return longest;
	}

	private static @Nullable Integer sequenceLength(String sequence) {
		int total = 0;
		int i = 0;
		while (i < sequence.length()) {
			char c = sequence.charAt(i);
			if (c == '[') {
				int close = sequence.indexOf(']', i + 2);
				if (close < 0) {
					return null;
				}
				i = close + 1;
			}
			else if (c == '\\') {
				if (i + 1 >= sequence.length() || Character.isDigit(sequence.charAt(i + 1))) {
					return null;
				}
				i += 2;
			}
			else if ("*+?{}".indexOf(c) >= 0) {
				return null;
			}
			else {
				i++;
			}
			int times = 1;
			if (i < sequence.length() && sequence.charAt(i) == '?') {
				i++;
			}
			else if (i < sequence.length() && sequence.charAt(i) == '{') {
				int close = sequence.indexOf('}', i);
				if (close < 0) {
					return null;
				}
				String[] bounds = sequence.substring(i + 1, close).split(",", -1);
				String upper = bounds[bounds.length - 1].strip();
				if (upper.isEmpty() || !upper.chars().allMatch(Character::isDigit)) {
					return null;
				}
				times = Integer.parseInt(upper);
				i = close + 1;
			}
			if (i < sequence.length() && "*+".indexOf(sequence.charAt(i)) >= 0) {
				return null;
			}
			total += times;
		}
		return total;
	}

	private static boolean is(Schema<?> schema, String type) {
		return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
	}
}
