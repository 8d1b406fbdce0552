package org.ejd.platform.web.paging;

import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * What page a caller asks for: at most {@code limit} items after {@code after}. A limit above the list's cap is capped
 * (the {@code next} link then leads on), a limit below 1 is refused (400).
 *
 * @param limit how many items at most, already capped
 * @param after where the previous page ended; none for the first page
 */
public record PageRequest(int limit, @Nullable Cursor after) {

	/** The query parameter names every list uses. */
	public static final String LIMIT = "limit";

	public static final String CURSOR = "cursor";

	/** The longest cursor text a list accepts (the OpenAPI documents say so too). */
	public static final int MAX_CURSOR_LENGTH = 512;

	/**
	 * @param limit the caller's {@code limit}, or none for {@code defaultLimit}
	 * @param cursor the caller's {@code cursor}, or none for the first page
	 * @param parts how many parts the list's sort key has
	 * @param defaultLimit the limit when the caller names none
	 * @param maxLimit the cap
	 */
	public static PageRequest of(@Nullable Integer limit, @Nullable String cursor, int parts, int defaultLimit, int maxLimit) {
		int asked = limit == null ? defaultLimit : limit;
		if (asked < 1) {
			throw Refusal.invalid("problem.paging.bad-limit", maxLimit);
		}
		if (cursor != null && cursor.length() > MAX_CURSOR_LENGTH) {
			throw Refusal.invalid("problem.paging.bad-cursor");
		}
		return new PageRequest(Math.min(asked, maxLimit), cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor, parts));
	}

	/** How many rows to fetch: one more than the limit tells whether there is a next page. */
	public int fetchSize() {
		return limit + 1;
	}
}
