package org.ejd.platform.jdbc;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * Many rows in one statement: {@code insert ... select * from unnest(?::uuid[], ?::text[], ...)}, one array parameter
 * per column, given as text and cast to the column's type by the statement (ADR 0096). PostgreSQL then plans and starts
 * one insert for a consumer's poll instead of one per row of a JDBC batch.
 */
public final class UnnestRows {

	private UnnestRows() {
	}

	/** One column of the rows as text, in their order ({@code null} stays null; a decimal without exponent). */
	public static <T> @Nullable String[] column(List<T> rows, Function<? super T, ? extends @Nullable Object> field) {
		@Nullable String[] column = new String[rows.size()];
		for (int i = 0; i < column.length; i++) {
			Object value = field.apply(rows.get(i));
			column[i] = value == null ? null : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
		}
		return column;
	}

	/**
	 * Each key's row with the highest version, in the order the keys first came (the first of equal versions). An
	 * {@code on conflict do update} statement may not update a row twice; versioned upserts ({@code where version <
	 * excluded.version}) applied one after the other leave the same as the highest alone.
	 */
	public static <T, K> List<T> highestVersionOfEach(List<T> rows, Function<? super T, K> key, ToLongFunction<? super T> version) {
		Map<K, T> highest = new LinkedHashMap<>();
		for (T row : rows) {
			highest.merge(key.apply(row), row, (kept, next) -> version.applyAsLong(next) > version.applyAsLong(kept) ? next : kept);
		}
		return List.copyOf(highest.values());
	}
}
