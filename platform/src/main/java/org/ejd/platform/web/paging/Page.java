package org.ejd.platform.web.paging;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list and where the next one starts.
 *
 * @param items the page's items, in the list's order
 * @param next the cursor of the next page; none on the last page
 */
public record Page<T>(List<T> items, @Nullable Cursor next) {

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * The page out of rows fetched with {@link PageRequest#fetchSize()}: the extra row, if any, says there is more, and
	 * the cursor is the last kept item's sort key.
	 */
	public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, Cursor> sortKey) {
		if (rows.size() <= request.limit()) {
			return new Page<>(rows, null);
		}
		List<T> kept = rows.subList(0, request.limit());
		return new Page<>(kept, sortKey.apply(kept.getLast()));
	}

	public <R> Page<R> map(Function<T, R> mapping) {
		return new Page<>(items.stream().map(mapping).toList(), next);
	}
}
