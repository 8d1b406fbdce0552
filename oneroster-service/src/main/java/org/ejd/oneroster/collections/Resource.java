package org.ejd.oneroster.collections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * One OneRoster collection over the projection.
 *
 * @param collection the wrapper of a list ({@code users})
 * @param single the wrapper of one ({@code user})
 * @param from the SQL of all its records, one row each, with columns {@code sourced_id} and those its fields name
 * @param where a condition on {@code r} that every answer adds (e.g. only students), or {@code true}
 * @param reach the condition on {@code r} that limits it to a client's schools: {@code ?::uuid[]} is the schools,
 *        {@code ?::text[]} (optional, after it) the regions
 * @param fields the fields a filter or sort may name, by their OneRoster names
 * @param json one row as the OneRoster JSON object
 */
public record Resource(String collection, String single, String from, String where, String reach, Map<String, Column> fields,
		RowToJson json) {

	public Resource {
		fields = Map.copyOf(fields);
	}

	/** Same collection, with one more condition (students among users). */
	public Resource narrowed(String collection, String single, String condition) {
		return new Resource(collection, single, from, "(" + where + ") and (" + condition + ")", reach, fields, json);
	}

	/** A row as the OneRoster JSON object: a map in the order of the specification's properties. */
	@FunctionalInterface
	public interface RowToJson {

		Map<String, Object> map(ResultSet row) throws SQLException;
	}
}
