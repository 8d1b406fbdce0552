package org.ejd.oneroster.gradebook;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import jakarta.validation.constraints.Size;

import org.ejd.oneroster.access.Clients;
import org.ejd.oneroster.collections.ReadingCollections;
import org.ejd.oneroster.collections.Resource;
import org.ejd.oneroster.collections.domain.CollectionQuery;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * OneRoster 1.2 Gradebook service: read (scope {@code gradebook.readonly}); line items and results put under the
 * client's own sourcedIds (scope {@code gradebook.createput}, ADR 0042), 201 when new, 200 when replaced; and deleted by
 * it (scope {@code gradebook.delete}, ADR 0046), 204.
 */
@RestController
@RequestMapping(path = "/ims/oneroster/gradebook/v1p2", produces = "application/json")
class GradebookController {

	private final ReadingCollections reading;

	private final Clients clients;

	private final SettingLineItems lineItems;

	private final SubmittingResults results;

	private final DeletingRecords deleting;

	GradebookController(ReadingCollections reading, Clients clients, SettingLineItems lineItems, SubmittingResults results,
			DeletingRecords deleting) {
		this.reading = reading;
		this.deleting = deleting;
		this.clients = clients;
		this.lineItems = lineItems;
		this.results = results;
	}

	@PutMapping(path = "/lineItems/{sourcedId}", consumes = "application/json")
	@ApiResponse(responseCode = "201", description = "Создано / created", content = @Content(mediaType = "application/json"))
	@ApiResponse(responseCode = "200", description = "Заменено / replaced", content = @Content(mediaType = "application/json"))
	ResponseEntity<Map<String, Object>> putLineItem(@PathVariable @Size(max = CollectionQuery.MAX_SOURCED_ID) String sourcedId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = GradebookBodies.LineItemPut.class))) @RequestBody JsonNode body) {
		JsonNode item = record(body, "lineItem", sourcedId);
		SettingLineItems.LineItemPut put = new SettingLineItems.LineItemPut(text(item, "title", 200, true),
				text(item, "description", 1000, false), day(item, "dueDate"), ref(item, "class"), optionalRef(item, "school"),
				ref(item, "category"));
		return answer("lineItem", lineItems.put(clients.of(Callers.current()), sourcedId, put));
	}

	@PutMapping(path = "/results/{sourcedId}", consumes = "application/json")
	@ApiResponse(responseCode = "201", description = "Создано / created", content = @Content(mediaType = "application/json"))
	@ApiResponse(responseCode = "200", description = "Заменено / replaced", content = @Content(mediaType = "application/json"))
	ResponseEntity<Map<String, Object>> putResult(@PathVariable @Size(max = CollectionQuery.MAX_SOURCED_ID) String sourcedId,
			@io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = GradebookBodies.ResultPut.class))) @RequestBody JsonNode body) {
		JsonNode result = record(body, "result", sourcedId);
		JsonNode score = result.path("score");
		if (!score.isMissingNode() && !score.isNull() && !score.isNumber()) {
			throw Refusal.invalid("oneroster.body.field", "score");
		}
		SubmittingResults.ResultPut put = new SubmittingResults.ResultPut(ref(result, "lineItem"), ref(result, "student"),
				score.isNumber() ? score.decimalValue() : null, text(result, "textScore", 50, false),
				text(result, "comment", 100_000, false));
		return answer("result", results.put(clients.of(Callers.current()), sourcedId, put));
	}

	/** OneRoster 1.2 deleteLineItem: the client's own line item and its results become tobedeleted (ADR 0046); 204. */
	@DeleteMapping("/lineItems/{sourcedId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> deleteLineItem(@PathVariable @Size(max = CollectionQuery.MAX_SOURCED_ID) String sourcedId) {
		deleting.lineItem(clients.of(Callers.current()), sourcedId);
		return ResponseEntity.noContent().build();
	}

	/** OneRoster 1.2 deleteResult: the client's own result becomes tobedeleted and its mark is deleted (ADR 0046); 204. */
	@DeleteMapping("/results/{sourcedId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	ResponseEntity<Void> deleteResult(@PathVariable @Size(max = CollectionQuery.MAX_SOURCED_ID) String sourcedId) {
		deleting.result(clients.of(Callers.current()), sourcedId);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<Map<String, Object>> answer(String wrapper, SettingLineItems.Put put) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(wrapper, put.json());
		return ResponseEntity.status(put.created() ? HttpStatus.CREATED : HttpStatus.OK).body(body);
	}

	/** The object under the wrapper; a sourcedId in it must be the path's. */
	private static JsonNode record(JsonNode body, String wrapper, String sourcedId) {
		JsonNode record = body.path(wrapper);
		if (!record.isObject()) {
			throw Refusal.invalid("oneroster.body.wrapper", wrapper);
		}
		JsonNode id = record.path("sourcedId");
		if (!id.isMissingNode() && !id.asString("").equals(sourcedId)) {
			throw Refusal.invalid("oneroster.body.sourcedId", sourcedId);
		}
		if (sourcedId.isBlank() || sourcedId.length() > 200) {
			throw Refusal.invalid("oneroster.body.field", "sourcedId");
		}
		return record;
	}

	private static @Nullable String text(JsonNode record, String field, int max, boolean required) {
		JsonNode node = record.path(field);
		if (node.isMissingNode() || node.isNull()) {
			if (required) {
				throw Refusal.invalid("oneroster.body.field", field);
			}
			return null;
		}
		if (!node.isString() || node.asString().length() > max || (required && node.asString().isBlank())) {
			throw Refusal.invalid("oneroster.body.field", field);
		}
		return node.asString();
	}

	private static String ref(JsonNode record, String field) {
		String id = optionalRef(record, field);
		if (id == null) {
			throw Refusal.invalid("oneroster.body.field", field);
		}
		return id;
	}

	private static @Nullable String optionalRef(JsonNode record, String field) {
		JsonNode node = record.path(field);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		String id = node.path("sourcedId").asString("");
		if (id.isBlank()) {
			throw Refusal.invalid("oneroster.body.field", field + ".sourcedId");
		}
		return id;
	}

	/** A OneRoster date-time (or a bare date) as the day it names. */
	private static LocalDate day(JsonNode record, String field) {
		String text = text(record, field, 40, true);
		try {
			return text.length() == 10 ? LocalDate.parse(text) : java.time.OffsetDateTime.parse(text).toLocalDate();
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw Refusal.invalid("oneroster.body.field", field);
		}
	}

	@GetMapping("/{collection:categories|lineItems|results|scoreScales}")
	ResponseEntity<Map<String, Object>> all(
			@Parameter(description = "Коллекция OneRoster / the OneRoster collection", schema = @Schema(allowableValues = { "categories",
					"lineItems", "results", "scoreScales" })) @PathVariable String collection,
			@Parameter(description = "Размер страницы, больше 1000 — урезается до 1000 (ejd.oneroster.max-limit) / page size, a larger one is cut to 1000",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "1000")) @RequestParam @Nullable String limit,
			@Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0")) @RequestParam @Nullable String offset,
			@RequestParam @Size(max = CollectionQuery.MAX_FILTER) @Nullable String filter,
			@RequestParam @Size(max = CollectionQuery.MAX_SORT) @Nullable String sort,
			@Parameter(schema = @Schema(allowableValues = { "asc", "desc" })) @RequestParam @Nullable String orderBy,
			@RequestParam @Size(max = CollectionQuery.MAX_FIELDS) @Nullable String fields) {
		return reading.page(resource(collection), limit, offset, filter, sort, orderBy, fields);
	}

	@GetMapping("/{collection:categories|lineItems|results|scoreScales}/{sourcedId}")
	ResponseEntity<Map<String, Object>> one(
			@Parameter(description = "Коллекция OneRoster / the OneRoster collection", schema = @Schema(allowableValues = { "categories",
					"lineItems", "results", "scoreScales" })) @PathVariable String collection, @PathVariable @Size(max = CollectionQuery.MAX_SOURCED_ID) String sourcedId,
			@RequestParam @Size(max = CollectionQuery.MAX_FIELDS) @Nullable String fields) {
		return reading.one(resource(collection), sourcedId, fields);
	}

	private static Resource resource(String collection) {
		return switch (collection) {
			case "categories" -> GradebookResources.CATEGORIES;
			case "lineItems" -> GradebookResources.LINE_ITEMS;
			case "scoreScales" -> GradebookResources.SCORE_SCALES;
			default -> GradebookResources.RESULTS;
		};
	}
}
