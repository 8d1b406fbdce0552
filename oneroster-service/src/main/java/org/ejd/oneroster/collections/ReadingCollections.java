package org.ejd.oneroster.collections;

import java.util.Map;

import org.ejd.oneroster.OneRosterProperties;
import org.ejd.oneroster.access.Clients;
import org.ejd.oneroster.collections.domain.CollectionQuery;
import org.ejd.platform.security.Callers;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A OneRoster read as both services (rostering, gradebook) answer it: the query parameters read and clamped
 * ({@code limit} to {@code max-limit}), the calling client's reach, the standard's wrapper, {@code X-Total-Count} and
 * {@code Link}.
 */
@Component
public class ReadingCollections {

	private final Collections collections;

	private final Clients clients;

	private final OneRosterProperties properties;

	ReadingCollections(Collections collections, Clients clients, OneRosterProperties properties) {
		this.collections = collections;
		this.clients = clients;
		this.properties = properties;
	}

	/** {@code GET /<collection>}: one page, with the wrapper named after the collection. */
	public ResponseEntity<Map<String, Object>> page(Resource resource, @Nullable String limit, @Nullable String offset,
			@Nullable String filter, @Nullable String sort, @Nullable String orderBy, @Nullable String fields) {
		CollectionQuery query = CollectionQuery.of(limit, offset, filter, sort, orderBy, fields, properties.defaultLimit(),
				properties.maxLimit());
		return PageResponses.of(resource.collection(), collections.read(resource, query, clients.of(Callers.current())));
	}

	/** {@code GET /<collection>/{sourcedId}}: one record, with the wrapper named after a single one. */
	public ResponseEntity<Map<String, Object>> one(Resource resource, String sourcedId, @Nullable String fields) {
		CollectionQuery query = CollectionQuery.of(null, null, null, null, null, fields, 1, 1);
		return PageResponses.one(resource.single(), collections.one(resource, sourcedId, query, clients.of(Callers.current())));
	}
}
