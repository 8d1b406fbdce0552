package org.ejd.oneroster.collections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page as OneRoster answers it: the wrapper ({@code {"users": [...]}}), {@code X-Total-Count}, and a {@code Link}
 * header (RFC 8288) with first, prev, next and last, each the same request with another offset.
 */
public final class PageResponses {

	/** Set when the client asked for a larger page than the facade serves and got {@code limit} records at most. */
	public static final String LIMIT_HEADER = "X-OneRoster-Limit";

	private PageResponses() {
	}

	public static ResponseEntity<Map<String, Object>> of(String wrapper, Collections.Page page) {
		int limit = page.query().limit();
		int offset = page.query().offset();
		long total = page.total();
		List<String> links = new ArrayList<>();
		long lastOffset = total == 0 ? 0 : ((total - 1) / limit) * limit;
		links.add(link(0, limit, "first"));
		if (offset > 0) {
			links.add(link(Math.max(0, offset - limit), limit, "prev"));
		}
		if (offset + limit < total) {
			links.add(link(offset + limit, limit, "next"));
		}
		links.add(link(lastOffset, limit, "last"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(wrapper, page.records());
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.header("X-Total-Count", Long.toString(total))
			.header("Link", String.join(", ", links));
		if (page.query().clamped()) {
			response.header(LIMIT_HEADER, Integer.toString(limit));
		}
		return response.body(body);
	}

	public static ResponseEntity<Map<String, Object>> one(String wrapper, Map<String, Object> record) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put(wrapper, record);
		return ResponseEntity.ok(body);
	}

	private static String link(long offset, int limit, String rel) {
		UriComponentsBuilder uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("offset", offset)
			.replaceQueryParam("limit", limit);
		return "<" + uri.build().toUriString() + ">; rel=\"" + rel + "\"";
	}
}
