package org.ejd.platform.web.paging;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * A page as an HTTP answer: the items as the list's JSON array (so a list that grows paging stays compatible with
 * callers that read the array) and, when there is more, {@code Link: <...?cursor=...&limit=...>; rel="next"}
 * (RFC 8288) with the request's own query otherwise kept. Front-ends follow the link until there is none.
 */
public final class Paging {

	private Paging() {
	}

	public static <T> ResponseEntity<List<T>> answer(Page<T> page, PageRequest request) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		if (page.next() != null) {
			ok.header(HttpHeaders.LINK, "<" + nextLink(page.next(), request.limit()) + ">; rel=\"next\"");
		}
		return ok.body(page.items());
	}

	/**
	 * A page of a list whose body is an object that carries its own next cursor (kept for the callers that read it there):
	 * the same {@code Link: <...>; rel="next"} as {@link #answer(Page, PageRequest)}, so every list is followed the same way.
	 *
	 * @param nextCursor the next page's cursor as the list writes it; none on the last page
	 * @param limit the page size the list applied (already capped)
	 */
	public static <T> ResponseEntity<T> answer(T body, @Nullable String nextCursor, int limit) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		if (nextCursor != null) {
			ok.header(HttpHeaders.LINK, "<" + nextLink(nextCursor, limit) + ">; rel=\"next\"");
		}
		return ok.body(body);
	}

	/** The request's path and query (relative: the gateway and the service share paths) with the next cursor and limit. */
	static String nextLink(Cursor next, int limit) {
		return nextLink(next.encode(), limit);
	}

	private static String nextLink(String next, int limit) {
		UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam(PageRequest.CURSOR, next)
			.replaceQueryParam(PageRequest.LIMIT, limit)
			.build();
		return uri.getPath() + "?" + uri.getQuery();
	}
}
