package org.ejd.oneroster.gradebook;

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

/** OneRoster 1.2 Gradebook service, read (scope {@code gradebook.readonly}). */
@RestController
@RequestMapping(path = "/ims/oneroster/gradebook/v1p2", produces = "application/json")
class GradebookController {

	private final Collections collections;

	private final Clients clients;

	private final OneRosterProperties properties;

	GradebookController(Collections collections, Clients clients, OneRosterProperties properties) {
		this.collections = collections;
		this.clients = clients;
		this.properties = properties;
	}

	@GetMapping("/{collection:categories|lineItems|results|scoreScales}")
	ResponseEntity<Map<String, Object>> all(@PathVariable String collection, @RequestParam @Nullable String limit,
			@RequestParam @Nullable String offset, @RequestParam @Nullable String filter, @RequestParam @Nullable String sort,
			@RequestParam @Nullable String orderBy, @RequestParam @Nullable String fields) {
		Resource resource = resource(collection);
		CollectionQuery query = CollectionQuery.of(limit, offset, filter, sort, orderBy, fields, properties.defaultLimit(),
				properties.maxLimit());
		return PageResponses.of(resource.collection(), collections.read(resource, query, clients.of(Callers.current())));
	}

	@GetMapping("/{collection:categories|lineItems|results|scoreScales}/{sourcedId}")
	ResponseEntity<Map<String, Object>> one(@PathVariable String collection, @PathVariable String sourcedId,
			@RequestParam @Nullable String fields) {
		Resource resource = resource(collection);
		CollectionQuery query = CollectionQuery.of(null, null, null, null, null, fields, 1, 1);
		return PageResponses.one(resource.single(), collections.one(resource, sourcedId, query, clients.of(Callers.current())));
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
