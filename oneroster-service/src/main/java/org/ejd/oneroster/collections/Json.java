package org.ejd.oneroster.collections;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Pieces of OneRoster JSON written the same way by every resource. */
public final class Json {

	public static final String ROSTERING = "/ims/oneroster/rostering/v1p2/";

	public static final String GRADEBOOK = "/ims/oneroster/gradebook/v1p2/";

	private Json() {
	}

	/** {@code sourcedId}, {@code status}, {@code dateLastModified} from the columns of those names. */
	public static Map<String, Object> base(ResultSet row) throws SQLException {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("sourcedId", row.getString("sourced_id"));
		json.put("status", row.getString("status"));
		Timestamp modified = row.getTimestamp("date_last_modified");
		json.put("dateLastModified", modified.toInstant().truncatedTo(ChronoUnit.MILLIS).toString());
		return json;
	}

	/** A GUIDRef: where the record is, its id and its type. */
	public static Map<String, Object> ref(String service, String collection, String type, String sourcedId) {
		Map<String, Object> ref = new LinkedHashMap<>();
		ref.put("href", service + collection + "/" + sourcedId);
		ref.put("sourcedId", sourcedId);
		ref.put("type", type);
		return ref;
	}

	public static @Nullable Map<String, Object> refOrNull(String service, String collection, String type, @Nullable String sourcedId) {
		return sourcedId == null ? null : ref(service, collection, type, sourcedId);
	}

	/** A text array column as strings (empty when null). */
	public static List<String> strings(ResultSet row, String column) throws SQLException {
		Array array = row.getArray(column);
		List<String> values = new ArrayList<>();
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				values.add(String.valueOf(value));
			}
		}
		return values;
	}

	/** Puts a value unless it is null (OneRoster leaves absent optional properties out). */
	public static void put(Map<String, Object> json, String name, @Nullable Object value) {
		if (value != null) {
			json.put(name, value);
		}
	}
}
