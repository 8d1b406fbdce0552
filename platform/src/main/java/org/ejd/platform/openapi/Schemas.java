package org.ejd.platform.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;

/** Small OpenAPI 3.1 schemas for the conventions' own types. */
final class Schemas {

	private Schemas() {
	}

	static Schema<Object> of(String type) {
		Schema<Object> schema = new Schema<>(SpecVersion.V31);
		schema.addType(type);
		return schema;
	}

	static Schema<Object> string(int maxLength, String description) {
		return of("string").maxLength(maxLength).description(description);
	}

	static Schema<Object> integer(long minimum, long maximum, String description) {
		Schema<Object> schema = of("integer").format("int64").description(description);
		schema.minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum));
		return schema;
	}

	/** RFC 9457 problem details as every eJD service writes them (platform's ProblemAdvice). */
	@SuppressWarnings("rawtypes")
	static Schema<Object> problemDetail() {
		Schema<Object> error = of("object").description("Ошибка в одном поле / an error in one field");
		Map<String, Schema> errorFields = new LinkedHashMap<>();
		errorFields.put("field", string(200, "Поле запроса / the request's field"));
		errorFields.put("message", string(2000, "Что не так (по-русски или по Accept-Language) / what is wrong"));
		error.properties(errorFields).additionalProperties(false);

		Map<String, Schema> fields = new LinkedHashMap<>();
		fields.put("type", string(2048, "URI вида проблемы / the problem type's URI").format("uri"));
		fields.put("title", string(200, "Краткое название / a short title"));
		fields.put("status", integer(100, 599, "Код ответа HTTP / the HTTP status"));
		fields.put("detail", string(2000, "Объяснение для человека (русский по умолчанию, Accept-Language: en) / "
				+ "an explanation for a person (Russian by default)"));
		fields.put("instance", string(2048, "Путь запроса / the request path").format("uri-reference"));
		fields.put("code", string(100, "Ключ сообщения, стабильный для программ / a stable message key for programs")
			.pattern("^[a-z0-9.-]+$"));
		fields.put("service", string(50, "Недоступный сервис (503 шлюза) / the unavailable service (gateway's 503)")
			.pattern("^[a-z-]+$"));
		fields.put("errors", of("array").maxItems(1000).items(error)
			.description("Ошибки по полям / errors by field"));
		Schema<Object> problem = of("object")
			.description("Ответ об ошибке по RFC 9457 / an RFC 9457 problem answer")
			.properties(fields)
			.additionalProperties(false);
		problem.setRequired(java.util.List.of("status", "detail"));
		return problem;
	}
}
