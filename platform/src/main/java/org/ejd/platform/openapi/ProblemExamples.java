package org.ejd.platform.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;

/**
 * The problem+json example of each error status, as platform's {@code ProblemAdvice}, {@code BodyLimitFilter},
 * {@code IfMatch} and the gateway's rate limit write it: the message key as {@code code}, its Russian text (platform's
 * {@code ejd-platform-messages.properties}) as {@code detail}, the type derived from the key. On every shared
 * {@code ProblemNNN} answer, and on a controller's own problem+json answer that has none.
 */
final class ProblemExamples {

	private static final Map<String, Map<String, Object>> BY_STATUS = byStatus();

	private ProblemExamples() {
	}

	/** The example of a status; a status without its own the 400's shape with that status. */
	static Map<String, Object> of(String status) {
		Map<String, Object> example = BY_STATUS.get(status);
		if (example != null) {
			return example;
		}
		Map<String, Object> generic = problem("problem.http." + status, status, "Error", "Запрос отклонён.");
		generic.remove("type");
		generic.remove("code");
		return generic;
	}

	/** An error answer of the operation documented as problem+json, without an example, gets its status's. */
	static void addTo(Operation operation) {
		if (operation.getResponses() == null) {
			return;
		}
		operation.getResponses().forEach((status, response) -> {
			if (response.get$ref() != null || response.getContent() == null || !(status.startsWith("4") || status.startsWith("5"))) {
				return;
			}
			MediaType media = response.getContent().get(ApiConventions.PROBLEM_JSON);
			if (media != null && media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
				media.setExample(of(status));
			}
		});
	}

	private static Map<String, Map<String, Object>> byStatus() {
		Map<String, Map<String, Object>> examples = new LinkedHashMap<>();
		Map<String, Object> invalid = problem("problem.validation", "400", "Bad Request",
				"Запрос содержит ошибки в данных: см. поле errors.");
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", "date");
		error.put("message", "не должно равняться null");
		invalid.put("errors", List.of(error));
		examples.put("400", invalid);
		examples.put("401", problem("problem.unauthorized", "401", "Unauthorized",
				"Требуется вход: передайте действующий токен доступа."));
		examples.put("403", problem("problem.forbidden", "403", "Forbidden", "Недостаточно прав для этого действия."));
		Map<String, Object> notFound = problem("problem.http.404", "404", "Not Found", "Ресурс не найден.");
		notFound.remove("type");
		notFound.remove("code");
		examples.put("404", notFound);
		examples.put("409", problem("problem.conflict", "409", "Conflict", "Запрос противоречит уже сохранённым данным."));
		examples.put("412", problem("problem.concurrent-edit", "412", "Precondition Failed",
				"Запись уже изменена другим пользователем: обновите данные и повторите."));
		examples.put("413", problem("problem.body-too-large", "413", "Content Too Large", "Тело запроса больше допустимого (256 КБ)."));
		Map<String, Object> unsupported = problem("problem.http.415", "415", "Unsupported Media Type",
				"Неподдерживаемый тип содержимого.");
		unsupported.remove("type");
		unsupported.remove("code");
		examples.put("415", unsupported);
		examples.put("422", problem("problem.idempotency.key-reused", "422", "Unprocessable Content",
				"Этот ключ Idempotency-Key уже использован для другого запроса."));
		examples.put("428", problem("problem.if-match-required", "428", "Precondition Required",
				"Передайте заголовок If-Match с версией (ETag), которую вы видели."));
		examples.put("429", problem("problem.rate-limited", "429", "Too Many Requests", "Слишком много запросов. Повторите через 30 с."));
		examples.put("500", problem("problem.internal", "500", "Internal Server Error",
				"Внутренняя ошибка сервиса. Данные не изменены; повторите запрос позже."));
		examples.put("503", problem("problem.database-unavailable", "503", "Service Unavailable",
				"Хранилище данных сервиса временно недоступно. Данные не изменены; повторите запрос через несколько секунд."));
		return examples;
	}

	private static Map<String, Object> problem(String code, String status, String title, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://ejd.example/problems/" + code.replace('.', '-'));
		problem.put("title", title);
		problem.put("status", Integer.parseInt(status));
		problem.put("detail", detail);
		problem.put("code", code);
		return problem;
	}
}
