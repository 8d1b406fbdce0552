package org.ejd.platform.jdbc;

import java.util.Collection;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Ids as one SQL parameter: a PostgreSQL array literal for {@code cast(:ids as uuid[])} (with {@code = any(...)} or
 * {@code unnest(...)}), so that a statement keeps one text however many ids it is given.
 */
public final class UuidArrays {

	private UuidArrays() {
	}

	/** {@code {id,id,...}}; {@code {}} for none. A UUID's text needs no quoting. */
	public static String literal(Collection<UUID> ids) {
		StringJoiner literal = new StringJoiner(",", "{", "}");
		ids.forEach(id -> literal.add(id.toString()));
		return literal.toString();
	}
}
