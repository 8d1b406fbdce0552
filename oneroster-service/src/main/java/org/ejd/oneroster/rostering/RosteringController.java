package org.ejd.oneroster.rostering;

import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Size;

import org.ejd.oneroster.collections.ReadingCollections;
import org.ejd.oneroster.collections.Resource;
import org.ejd.oneroster.collections.domain.CollectionQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** OneRoster 1.2 Rostering service, read-only (scope {@code roster.readonly} or {@code roster-core.readonly}). */
@RestController
@RequestMapping(path = "/ims/oneroster/rostering/v1p2", produces = "application/json")
class RosteringController {

	private final ReadingCollections reading;

	RosteringController(ReadingCollections reading) {
		this.reading = reading;
	}

	@GetMapping("/{collection:orgs|schools|academicSessions|terms|gradingPeriods|classes|courses|users|students|teachers|enrollments}")
	ResponseEntity<Map<String, Object>> all(
			@Parameter(description = "Коллекция OneRoster / the OneRoster collection", schema = @Schema(allowableValues = { "orgs", "schools",
					"academicSessions", "terms", "gradingPeriods", "classes", "courses", "users", "students", "teachers", "enrollments" })) @PathVariable String collection,
			@Parameter(description = "Размер страницы, больше 1000 — урезается до 1000 (ejd.oneroster.max-limit) / page size, a larger one is cut to 1000",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "1000")) @RequestParam @Nullable String limit,
			@Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "0")) @RequestParam @Nullable String offset,
			@RequestParam @Size(max = CollectionQuery.MAX_FILTER) @Nullable String filter,
			@RequestParam @Size(max = CollectionQuery.MAX_SORT) @Nullable String sort,
			@Parameter(schema = @Schema(allowableValues = { "asc", "desc" })) @RequestParam @Nullable String orderBy,
			@RequestParam @Size(max = CollectionQuery.MAX_FIELDS) @Nullable String fields) {
		return reading.page(resource(collection), limit, offset, filter, sort, orderBy, fields);
	}

	@GetMapping("/{collection:orgs|schools|academicSessions|terms|gradingPeriods|classes|courses|users|students|teachers|enrollments}/{sourcedId}")
	ResponseEntity<Map<String, Object>> one(
			@Parameter(description = "Коллекция OneRoster / the OneRoster collection", schema = @Schema(allowableValues = { "orgs", "schools",
					"academicSessions", "terms", "gradingPeriods", "classes", "courses", "users", "students", "teachers", "enrollments" })) @PathVariable String collection, @PathVariable @Size(max = CollectionQuery.MAX_SOURCED_ID) String sourcedId,
			@RequestParam @Size(max = CollectionQuery.MAX_FIELDS) @Nullable String fields) {
		return reading.one(resource(collection), sourcedId, fields);
	}

	private static Resource resource(String collection) {
		return switch (collection) {
			case "orgs" -> RosterResources.ORGS;
			case "schools" -> RosterResources.SCHOOLS;
			case "academicSessions" -> RosterResources.ACADEMIC_SESSIONS;
			case "terms" -> RosterResources.ACADEMIC_SESSIONS.narrowed("academicSessions", "academicSession", "r.type = 'term'");
			case "gradingPeriods" -> RosterResources.ACADEMIC_SESSIONS.narrowed("academicSessions", "academicSession",
					"r.type = 'gradingPeriod'");
			case "classes" -> RosterResources.CLASSES;
			case "courses" -> RosterResources.COURSES;
			case "users" -> RosterResources.USERS;
			case "students" -> RosterResources.STUDENTS;
			case "teachers" -> RosterResources.TEACHERS;
			default -> RosterResources.ENROLLMENTS;
		};
	}
}
