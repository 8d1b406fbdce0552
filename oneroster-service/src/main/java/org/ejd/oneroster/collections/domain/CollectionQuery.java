package org.ejd.oneroster.collections.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a client asks of a OneRoster collection: a page ({@code limit}, {@code offset}), a {@code filter}, a {@code sort}
 * field with {@code orderBy}, and the {@code fields} to answer (empty: all).
 *
 * @param clamped whether the client asked for more than the largest page (the answer says so in a header)
 */
public record CollectionQuery(int limit, int offset, @Nullable Filter filter, @Nullable String sort, boolean descending,
		Set<String> fields, boolean clamped) {

	/** The longest {@code sourcedId} in a path, as in a body (a longer one is invalid data, 400). */
	public static final int MAX_SOURCED_ID = 200;

	/** The longest {@code filter}, {@code fields} and {@code sort} a client sends (a longer one is invalid data, 400). */
	public static final int MAX_FILTER = 1000;

	public static final int MAX_FIELDS = 1000;

	public static final int MAX_SORT = 100;

	public CollectionQuery {
		fields = Set.copyOf(fields);
	}

	/**
	 * Reads the request's parameters (each may be absent); a limit above {@code maxLimit} is clamped, not refused.
	 */
	public static CollectionQuery of(@Nullable String limit, @Nullable String offset, @Nullable String filter,
			@Nullable String sort, @Nullable String orderBy, @Nullable String fields, int defaultLimit, int maxLimit) {
		int askedLimit = number(limit, defaultLimit, 1, "limit");
		int start = number(offset, 0, 0, "offset");
		boolean descending = false;
		if (orderBy != null) {
			if (!orderBy.equals("asc") && !orderBy.equals("desc")) {
				throw new InvalidQuery(InvalidQuery.Kind.INVALID_DATA, "oneroster.orderBy.invalid", orderBy);
			}
			descending = orderBy.equals("desc");
		}
		Set<String> selected = new LinkedHashSet<>();
		if (fields != null) {
			List<String> names = new ArrayList<>();
			for (String name : fields.split(",")) {
				if (!name.isBlank()) {
					names.add(name.strip());
				}
			}
			if (names.isEmpty()) {
				throw new InvalidQuery(InvalidQuery.Kind.INVALID_SELECTION_FIELD, "oneroster.fields.empty");
			}
			selected.addAll(names);
		}
		return new CollectionQuery(Math.min(askedLimit, maxLimit), start,
				filter == null || filter.isBlank() ? null : Filter.parse(filter), sort == null || sort.isBlank() ? null : sort.strip(),
				descending, selected, askedLimit > maxLimit);
	}

	private static int number(@Nullable String text, int absent, int min, String name) {
		if (text == null || text.isBlank()) {
			return absent;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value < min) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidQuery(InvalidQuery.Kind.INVALID_DATA, "oneroster.paging.invalid", name, text);
		}
	}
}
