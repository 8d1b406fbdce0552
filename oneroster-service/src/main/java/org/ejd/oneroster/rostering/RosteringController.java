package org.ejd.oneroster.rostering;

import java.util.Map;

import org.ejd.oneroster.OneRosterProperties;
import org.ejd.oneroster.access.Clients;
import org.ejd.oneroster.collections.Collections;
import org.ejd.oneroster.collections.PageResponses;
import org.ejd.oneroster.collections.Resource;
import org.ejd.oneroster.collections.domain.CollectionQuery;
import org.ejd.platform.security.Callers;
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

	private final Collections collections;

	private final Clients clients;

	private final OneRosterProperties properties;

	RosteringController(Collections collections, Clients clients, OneRosterProperties properties) {
		this.collections = collections;
		this.clients = clients;
		this.properties = properties;
	}

	@GetMapping("/{collection:orgs|schools|academicSessions|terms|gradingPeriods|classes|courses|users|students|teachers|enrollments}")
	ResponseEntity<Map<String, Object>> all(@PathVariable String collection, @RequestParam @Nullable String limit,
			@RequestParam @Nullable String offset, @RequestParam @Nullable String filter, @RequestParam @Nullable String sort,
			@RequestParam @Nullable String orderBy, @RequestParam @Nullable String fields) {
		Resource resource = resource(collection);
		CollectionQuery query = CollectionQuery.of(limit, offset, filter, sort, orderBy, fields, properties.defaultLimit(),
				properties.maxLimit());
		return PageResponses.of(resource.collection(), collections.read(resource, query, clients.of(Callers.current())));
	}

	@GetMapping("/{collection:orgs|schools|academicSessions|terms|gradingPeriods|classes|courses|users|students|teachers|enrollments}/{sourcedId}")
	ResponseEntity<Map<String, Object>> one(@PathVariable String collection, @PathVariable String sourcedId,
			@RequestParam @Nullable String fields) {
		Resource resource = resource(collection);
		CollectionQuery query = CollectionQuery.of(null, null, null, null, null, fields, 1, 1);
		return PageResponses.one(resource.single(), collections.one(resource, sourcedId, query, clients.of(Callers.current())));
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
