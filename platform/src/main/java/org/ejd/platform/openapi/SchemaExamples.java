package org.ejd.platform.openapi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * An example on every property of the bodies a service reads and writes, where the code's own
 * {@code @Schema(example = …)} says none (ADR 0056): by what the value must be, never made up beyond it: the first value
 * of an enum; a UUID derived from the property's name (the same {@code studentId} in every document); a school day, a
 * timestamp, a time of day, an address, an e-mail; the shortest text a plain pattern matches; a number within its
 * bounds; a school word or a machine value for free text by its name, within its length. A value this cannot derive
 * truly (a pattern it cannot read, free text whose name says nothing) stays without one, never a placeholder, and
 * testkit's {@code OpenApiDocuments} names the property that then needs {@code @Schema(example = …)} or its closed set. Parameters are left alone:
 * Swagger UI would fill a parameter's example in as its value.
 */
final class SchemaExamples {

	static final String DATE = "2026-09-01";

	static final String DATE_TIME = "2026-09-01T08:30:00Z";

	/** Free text by the property's name: what such a field holds in a school. */
	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("lastname", "Иванова"),
			Map.entry("surname", "Иванова"), Map.entry("firstname", "Анна"), Map.entry("givenname", "Анна"),
			Map.entry("middlename", "Сергеевна"), Map.entry("patronymic", "Сергеевна"),
			Map.entry("fullname", "Иванова Анна Сергеевна"), Map.entry("displayname", "Иванова Анна Сергеевна"),
			Map.entry("studentname", "Иванова Анна"), Map.entry("teachername", "Петрова Мария Ивановна"),
			Map.entry("subject", "Математика"), Map.entry("subjectname", "Математика"), Map.entry("topic", "Дроби"),
			Map.entry("title", "Дроби"), Map.entry("homework", "§12, № 3–5"), Map.entry("comment", "Работа на уроке"),
			Map.entry("reason", "Болезнь"), Map.entry("classgroup", "5А"), Map.entry("classgroupname", "5А"),
			Map.entry("schoolname", "Школа № 51"), Map.entry("room", "204"), Map.entry("phone", "+79001234567"),
			Map.entry("locale", "ru"), Map.entry("language", "ru"), Map.entry("timezone", "Europe/Moscow"),
			Map.entry("zoneid", "Europe/Moscow"), Map.entry("schoolyear", "2026/2027"), Map.entry("text", "Текст сообщения"),
			Map.entry("body", "Текст сообщения"), Map.entry("message", "Текст сообщения"), Map.entry("filename", "spravka.pdf"),
			Map.entry("contenttype", "application/pdf"), Map.entry("mediatype", "application/pdf"),
			// marks as the journal writes them (five-point scale, ADR 0012)
			Map.entry("value", "5"), Map.entry("markvalue", "5"), Map.entry("newvalue", "5"), Map.entry("oldvalue", "4"),
			Map.entry("worktype", "written"), Map.entry("scale", "five-point"), Map.entry("academicyear", "2026/2027"),
			Map.entry("email", "ivanova@example.org"), Map.entry("snils", "112-233-445 95"),
			// addresses and apps (ADR 0028)
			Map.entry("url", "https://app.example/ejd/webhook"), Map.entry("href", "https://app.example/ejd"),
			Map.entry("redirecturi", "https://app.example/ejd/callback"), Map.entry("scope", "profile"),
			Map.entry("regioncode", "51"), Map.entry("username", "ivanova.anna"), Map.entry("login", "ivanova.anna"),
			// texts a person reads, by what the name says they are
			Map.entry("teacher", "Иванова Мария Петровна"), Map.entry("classteachername", "Иванова Мария Петровна"),
			Map.entry("holdername", "Иванова Анна Сергеевна"), Map.entry("place", "Актовый зал"),
			Map.entry("description", "Контрольная работа по теме «Дроби»"), Map.entry("periodname", "1 четверть"),
			Map.entry("newtopic", "Дроби"), Map.entry("oldtopic", "Десятичные дроби"),
			Map.entry("newhomework", "§12, № 3–5"), Map.entry("oldhomework", "§11, № 1–4"),
			Map.entry("changereason", "Ошибка при вводе"), Map.entry("decisionreason", "Справка от врача не приложена"),
			Map.entry("deferralreason", "Пропущено более половины уроков по болезни"),
			Map.entry("newreason", "Болезнь"), Map.entry("oldreason", "Семейные обстоятельства"),
			Map.entry("refusalreason", "Заявитель не является законным представителем ученика"),
			Map.entry("lockreason", "Пять неверных попыток ввода кода"),
			Map.entry("returncomment", "Исправьте решение задачи № 4"), Map.entry("homeworkcomment", "Исправьте решение задачи № 4"),
			Map.entry("answer", "Оценка исправлена: учитель ошибся при вводе"), Map.entry("holiday", "Осенние каникулы"),
			Map.entry("hours", "Пн–Пт 9:00–17:00"), Map.entry("formtext", "Заявление о доступе к электронному дневнику"),
			Map.entry("messageru", "Плановые работы: дневник недоступен с 22:00 до 23:00"),
			Map.entry("messageen", "Planned maintenance: the diary is unavailable from 22:00 to 23:00"),
			Map.entry("issuer", "Министерство образования и науки Мурманской области"),
			Map.entry("municipality", "Кольский район"), Map.entry("shortname", "МБОУ СОШ № 1"),
			Map.entry("detail", "Запрос содержит ошибки в данных: см. поле errors."), Map.entry("mark", "5"), Map.entry("homeworkmark", "5"),
			// machine values an integrator sends or reads
			Map.entry("field", "workDate"), Map.entry("clientid", "school-sis-1"),
			Map.entry("nextcursor", "YzF8bWFya3N8Y3w0ODIxM3wzfA"), Map.entry("cursor", "YzF8bWFya3N8Y3w0ODIxM3wzfA"),
			Map.entry("next", "/api/diary/changes/marks?cursor=YzF8bWFya3N8Y3w0ODIxM3wzfA&limit=100"),
			Map.entry("reader", "a7d523b4-26dd-3118-832d-a9f8807869b4"), Map.entry("roles", "class-teacher,teacher"),
			Map.entry("lasterror", "HTTP 503 Service Unavailable"), Map.entry("esiaid", "1000123456"),
			Map.entry("oktmo", "47701000"), Map.entry("password", "Vesna-2026!"), Map.entry("textversion", "2026-1"),
			Map.entry("archivesha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
			Map.entry("secret", "Zk3q9VbLr2XwT8mN4pYc6HsJ0aUe1DgR5tKoQiW7xBA"),
			Map.entry("clientsecret", "Zk3q9VbLr2XwT8mN4pYc6HsJ0aUe1DgR5tKoQiW7xBA"));

	private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

	private SchemaExamples() {
	}

	/** Fills the examples of the components' schemas and of the bodies' inline schemas. */
	static void apply(OpenAPI api) {
		apply(api, Map.of());
	}

	/**
	 * Fills the examples, first the service's own for properties of shared schemas ({@code ejd.openapi.examples}, by
	 * {@code Schema.property}); a hint naming no property fails, so a renamed record does not leave it silently unused.
	 */
	@SuppressWarnings("rawtypes")
	static void apply(OpenAPI api, Map<String, String> hints) {
		hints.forEach((where, example) -> {
			int dot = where.indexOf('.');
			Schema<?> schema = dot < 0 || api.getComponents() == null || api.getComponents().getSchemas() == null ? null
					: api.getComponents().getSchemas().get(where.substring(0, dot));
			Schema property = schema == null || schema.getProperties() == null ? null
					: schema.getProperties().get(where.substring(dot + 1));
			if (property == null) {
				throw new IllegalStateException("ejd.openapi.examples: the API has no property " + where
						+ " (Schema.property of a component) to give the example «" + example + "»");
			}
			property.setExample(example);
		});
		SchemaExamples examples = new SchemaExamples();
		if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
			api.getComponents().getSchemas().forEach((name, schema) -> examples.visit(name, schema));
		}
		if (api.getPaths() != null) {
			api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
				if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
					operation.getRequestBody().getContent().values().forEach(examples::visitBody);
				}
				if (operation.getResponses() != null) {
					operation.getResponses().values().forEach(r -> {
						if (r.getContent() != null) {
							r.getContent().values().forEach(examples::visitBody);
						}
					});
				}
			}));
		}
	}

	private void visitBody(MediaType media) {
		Schema<?> schema = media.getSchema();
		// the body itself is only given an example when it is a plain value; an object's example is its properties'
		if (schema != null && schema.get$ref() == null && (is(schema, "object") || is(schema, "array"))) {
			visit("", schema);
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void visit(String name, @Nullable Schema schema) {
		if (schema == null || schema.get$ref() != null || !seen.add(schema)) {
			return;
		}
		if (schema.getProperties() != null) {
			((Map<String, Schema>) schema.getProperties()).forEach(this::visit);
		}
		if (schema.getItems() != null) {
			visit(singular(name), schema.getItems());
		}
		if (schema.getAdditionalProperties() instanceof Schema additional) {
			visit(name, additional);
		}
		for (var list : new List[] { schema.getAllOf(), schema.getAnyOf(), schema.getOneOf() }) {
			if (list != null) {
				((List<Schema>) list).forEach(s -> visit(name, s));
			}
		}
		if (schema.getExample() == null && (schema.getExamples() == null || schema.getExamples().isEmpty())
				&& !name.isEmpty()) {
			Object example = of(name, schema);
			if (example != null) {
				schema.setExample(example);
			}
		}
	}

	/** An example a value of this schema and name can truly take, or none. */
	static @Nullable Object of(String name, Schema<?> schema) {
		if (schema.getEnum() != null) {
			return schema.getEnum().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
		}
		if (schema.getConst() != null) {
			return schema.getConst();
		}
		if (is(schema, "string")) {
			return string(name, schema);
		}
		if (is(schema, "integer")) {
			return number(name, schema, true);
		}
		if (is(schema, "number")) {
			return number(name, schema, false);
		}
		if (is(schema, "boolean")) {
			return Boolean.FALSE;
		}
		return null;
	}

	private static @Nullable Object string(String name, Schema<?> schema) {
		String format = schema.getFormat() == null ? "" : schema.getFormat();
		String value = switch (format) {
			case "uuid" -> UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
			case "date" -> DATE;
			case "date-time" -> DATE_TIME;
			case "time", "partial-time" -> "08:30:00";
			case "email" -> "ivanova@example.org";
			case "uri", "url", "uri-reference", "iri" -> "https://app.example/ejd";
			case "byte" -> "UEsDBA==";
			case "binary" -> null;
			default -> null;
		};
		if (format.equals("binary")) {
			return null;
		}
		if (value == null && schema.getPattern() != null) {
			value = shortestMatch(schema.getPattern());
			if (value == null) {
				return null;
			}
		}
		if (value == null) {
			// free text the name does not explain gets no made-up word: testkit's OpenApiDocuments names the property
			value = WORDS.get(name.toLowerCase(Locale.ROOT));
			if (value == null) {
				return null;
			}
		}
		int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
		int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
		if (value.length() > max && schema.getFormat() == null && schema.getPattern() == null) {
			value = value.substring(0, max);
		}
		if (value.length() < min && schema.getFormat() == null && schema.getPattern() == null) {
			value = value + "x".repeat(min - value.length());
		}
		return value.length() >= min && value.length() <= max ? value : null;
	}

	private static @Nullable Object number(String name, Schema<?> schema, boolean integer) {
		String lower = name.toLowerCase(Locale.ROOT);
		BigDecimal wanted = lower.endsWith("year") ? BigDecimal.valueOf(2026)
				: lower.contains("lesson") && lower.contains("number") ? BigDecimal.valueOf(2) : BigDecimal.ONE;
		BigDecimal min = schema.getMinimum();
		BigDecimal max = schema.getMaximum();
		if (min != null && wanted.compareTo(min) < 0) {
			wanted = min;
		}
		if (max != null && wanted.compareTo(max) > 0) {
			wanted = max;
		}
		if (Boolean.TRUE.equals(schema.getExclusiveMinimum()) || schema.getExclusiveMinimumValue() != null
				|| Boolean.TRUE.equals(schema.getExclusiveMaximum()) || schema.getExclusiveMaximumValue() != null
				|| schema.getMultipleOf() != null) {
			return null;
		}
		if (integer) {
			return wanted.longValueExact() == wanted.intValue() ? (Object) wanted.intValue() : (Object) wanted.longValueExact();
		}
		return wanted;
	}

	/**
	 * The shortest text a plain pattern matches (the first of its alternatives, each class by its first character, each
	 * quantified part as few times as it allows), checked against the pattern; none when the pattern is not plain.
	 */
	static @Nullable String shortestMatch(String pattern) {
		String p = SchemaLimits.unwrapped(pattern);
		if (p.contains("(") || p.contains(")")) {
			return null;
		}
		String first = p.split("\\|", -1)[0];
		StringBuilder out = new StringBuilder();
		int i = 0;
		while (i < first.length()) {
			char c = first.charAt(i);
			String atom;
			if (c == '[') {
				int close = first.indexOf(']', i + 2);
				if (close < 0 || first.charAt(i + 1) == '^') {
					return null;
				}
				atom = classMember(first.substring(i + 1, close));
				i = close + 1;
			}
			else if (c == '\\') {
				if (i + 1 >= first.length()) {
					return null;
				}
				atom = escape(first.charAt(i + 1));
				i += 2;
			}
			else if (c == '.') {
				atom = "a";
				i++;
			}
			else if ("*+?{}".indexOf(c) >= 0) {
				return null;
			}
			else {
				atom = String.valueOf(c);
				i++;
			}
			if (atom == null) {
				return null;
			}
			int times = 1;
			if (i < first.length() && (first.charAt(i) == '?' || first.charAt(i) == '*')) {
				times = 0;
				i++;
			}
			else if (i < first.length() && first.charAt(i) == '+') {
				i++;
			}
			else if (i < first.length() && first.charAt(i) == '{') {
				int close = first.indexOf('}', i);
				if (close < 0) {
					return null;
				}
				String lower = first.substring(i + 1, close).split(",", -1)[0].strip();
				if (lower.isEmpty() || !lower.chars().allMatch(Character::isDigit)) {
					return null;
				}
				times = Integer.parseInt(lower);
				i = close + 1;
			}
			out.append(atom.repeat(times));
		}
		String example = out.toString();
		try {
			return Pattern.compile(pattern).matcher(example).find() ? example : null;
		}
		catch (PatternSyntaxException ex) {
			return null;
		}
	}

	private static @Nullable String classMember(String members) {
		if (members.startsWith("\\")) {
			if (members.length() >= 4 && members.charAt(1) == 'x') {
				return String.valueOf((char) Integer.parseInt(members.substring(2, 4), 16));
			}
			return members.length() < 2 ? null : escape(members.charAt(1));
		}
		return members.isEmpty() ? null : String.valueOf(members.charAt(0));
	}

	private static @Nullable String escape(char c) {
		return switch (c) {
			case 'd' -> "1";
			case 'w' -> "a";
			case 's' -> " ";
			case 'p', 'P', 'D', 'W', 'S', 'b', 'B', 'x', 'u', 'Q', 'E' -> null;
			default -> Character.isLetterOrDigit(c) ? null : String.valueOf(c);
		};
	}

	private static String singular(String name) {
		return name.isEmpty() ? "value" : name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y"
				: name.endsWith("s") && !name.endsWith("ss") ? name.substring(0, name.length() - 1) : name;
	}

	private static boolean is(Schema<?> schema, String type) {
		return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
	}
}
