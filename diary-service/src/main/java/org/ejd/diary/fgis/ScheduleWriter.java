package org.ejd.diary.fgis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renames the Schedule tree's fields from our canonical names to the configured wire names
 * ({@code ejd.diary.fgis.field-names}), at every depth; values are left as they are.
 */
final class ScheduleWriter {

	private final Map<String, String> names;

	ScheduleWriter(Map<String, String> names) {
		this.names = Map.copyOf(names);
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> rename(Map<String, Object> tree) {
		return (Map<String, Object>) renamed(tree);
	}

	private Object renamed(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>();
			map.forEach((key, child) -> copy.put(names.getOrDefault(String.valueOf(key), String.valueOf(key)),
					child == null ? null : renamed(child)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach(child -> copy.add(child == null ? null : renamed(child)));
			return copy;
		}
		return value;
	}
}
