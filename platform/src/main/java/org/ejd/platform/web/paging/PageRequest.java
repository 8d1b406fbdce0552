package org.ejd.platform.web.paging;

import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * What page a caller asks for: at most {@code limit} items after {@code after}. The one rule for every list (ADR 0057):
 * a limit outside 1 to the list's cap is refused (400, {@code problem.paging.bad-limit} naming the cap), never cut.
 *
 * @param limit how many items at most, within 1 to the cap
 * @param after where the previous page ended; none for the first page
 */
public record PageRequest(int limit, @Nullable Cursor after) {

	/** The query parameter names every list uses. */
	public static final String LIMIT = "limit";

	public static final String CURSOR = "cursor";

	/** The text of every list's {@code limit} parameter in the documents (its cap is the schema's {@code maximum}). */
	public static final String LIMIT_TEXT = "Записей на странице, от 1 до maximum; вне этих границ — 400 / items per page, "
			+ "1 to the maximum; outside it 400";

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
		int asked = limit(limit, defaultLimit, maxLimit);
		if (cursor != null && cursor.length() > MAX_CURSOR_LENGTH) {
			throw Refusal.invalid("problem.paging.bad-cursor");
		}
		return new PageRequest(asked, cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor, parts));
	}

	/**
	 * The paging rule, written once (ADR 0057): the caller's {@code limit}, or {@code defaultLimit} without one; a limit
	 * outside 1 to {@code cap} is refused as bad input whose text names the cap. Lists that read their own cursor call this.
	 *
	 * @param limit the caller's {@code limit}, or none
	 * @param defaultLimit the limit when the caller names none
	 * @param cap the list's cap (its documented {@code maximum})
	 */
	public static int limit(@Nullable Integer limit, int defaultLimit, int cap) {
		int asked = limit == null ? defaultLimit : limit;
		if (asked < 1 || asked > cap) {
			throw Refusal.invalid("problem.paging.bad-limit", String.valueOf(cap));
		}
		return asked;
	}

	/** {@link #limit(Integer, int, int)} for a {@code limit} parameter that has its default from the request mapping. */
	public static int limit(int limit, int cap) {
		return limit(limit, limit, cap);
	}

	/** How many rows to fetch: one more than the limit tells whether there is a next page. */
	public int fetchSize() {
		return limit + 1;
	}
}
