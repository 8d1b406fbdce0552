package org.ejd.platform.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Instants to and from PostgreSQL {@code timestamptz} through JDBC: the driver takes and gives
 * {@link OffsetDateTime}, not {@link Instant}; we always write UTC.
 */
public final class UtcTimestamps {

	private UtcTimestamps() {
	}

	/** A parameter for a {@code timestamptz} column; null stays null. */
	public static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** A {@code timestamptz} column of the current row, or null. */
	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
