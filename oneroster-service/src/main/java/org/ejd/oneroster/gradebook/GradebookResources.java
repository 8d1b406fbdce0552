package org.ejd.oneroster.gradebook;

import static org.ejd.oneroster.collections.Json.GRADEBOOK;
import static org.ejd.oneroster.collections.Json.ROSTERING;
import static org.ejd.oneroster.collections.Json.put;
import static org.ejd.oneroster.collections.Json.ref;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ejd.oneroster.collections.Column;
import org.ejd.oneroster.collections.Json;
import org.ejd.oneroster.collections.Resource;
import org.ejd.oneroster.rostering.RosterResources;

/**
 * The OneRoster 1.2 gradebook collections over the marks of the projection (ADR 0023): a work type of a school
 * (written, oral, test...) is a category; one piece of work, a class group's marks of a subject on a day of a work
 * type, is a line item; each current mark is a result; each scale a school marks in is a score scale, its values
 * those given in it; a deleted mark stays a result with status {@code tobedeleted}, for delta syncs. Derived
 * sourcedIds are md5 of what they are made of, as a UUID.
 */
public final class GradebookResources {

	static final String CATEGORY_ID = "md5('category|' || %1$s.school_id::text || '|' || %1$s.work_type)::uuid";

	static final String SCALE_ID = "md5('scale|' || %1$s.school_id::text || '|' || %1$s.scale)::uuid";

	static final String LINE_ITEM_ID = "md5('line|' || %1$s.class_group_id::text || '|' || %1$s.subject_id::text || '|' "
			+ "|| %1$s.work_date::text || '|' || %1$s.work_type)::uuid";

	private static final String SCHOOL_REACH = "r.school_id = any(?::uuid[])";

	private static final String MARKS = "(select * from mark where not deleted and class_group_id is not null)";

	public static final Resource CATEGORIES = new Resource("categories", "category", """
			select %s as sourced_id, 'active' as status, max(m.modified_at) as date_last_modified, m.work_type as title,
			  m.school_id
			from %s m group by m.school_id, m.work_type""".formatted(CATEGORY_ID.formatted("m"), MARKS), "true", SCHOOL_REACH,
			RosterResources.fields(Map.of("title", Column.text("r.title"))),
			row -> {
				Map<String, Object> json = Json.base(row);
				json.put("title", row.getString("title"));
				return json;
			});

	public static final Resource SCORE_SCALES = new Resource("scoreScales", "scoreScale", """
			select %s as sourced_id, 'active' as status, max(m.modified_at) as date_last_modified, m.scale as title,
			  m.scale as type, m.school_id, array_agg(distinct m.value) as scale_values
			from %s m where m.scale is not null group by m.school_id, m.scale""".formatted(SCALE_ID.formatted("m"), MARKS), "true",
			SCHOOL_REACH, RosterResources.fields(Map.of("title", Column.text("r.title"), "type", Column.text("r.type"))),
			row -> {
				Map<String, Object> json = Json.base(row);
				json.put("title", row.getString("title"));
				json.put("type", row.getString("type"));
				List<Map<String, Object>> values = new ArrayList<>();
				for (String value : Json.strings(row, "scale_values")) {
					Map<String, Object> item = new LinkedHashMap<>();
					item.put("itemValueLHS", value);
					item.put("itemValueRHS", value);
					values.add(item);
				}
				json.put("scoreScaleValue", values);
				return json;
			});

	public static final Resource LINE_ITEMS = new Resource("lineItems", "lineItem", """
			select %s as sourced_id, 'active' as status, max(m.modified_at) as date_last_modified,
			  m.work_type || ' ' || m.work_date::text as title, m.work_date, %s as class_id, m.school_id,
			  %s as category_id, min(%s::text) as scale_id, min(m.numeric_value) as min_value, max(m.numeric_value) as max_value
			from %s m group by m.school_id, m.class_group_id, m.subject_id, m.work_date, m.work_type"""
		.formatted(LINE_ITEM_ID.formatted("m"), RosterResources.CLASS_ID.formatted("m"), CATEGORY_ID.formatted("m"),
				SCALE_ID.formatted("m"), MARKS),
			"true", SCHOOL_REACH,
			RosterResources.fields(Map.of("title", Column.text("r.title"), "assignDate", Column.date("r.work_date"), "dueDate",
					Column.date("r.work_date"))),
			row -> {
				Map<String, Object> json = Json.base(row);
				String day = row.getDate("work_date").toLocalDate().toString();
				json.put("title", row.getString("title"));
				json.put("assignDate", day + "T00:00:00.000Z");
				json.put("dueDate", day + "T00:00:00.000Z");
				json.put("class", ref(ROSTERING, "classes", "class", row.getString("class_id")));
				json.put("school", ref(ROSTERING, "orgs", "org", row.getString("school_id")));
				json.put("category", ref(GRADEBOOK, "categories", "category", row.getString("category_id")));
				String scale = row.getString("scale_id");
				if (scale != null) {
					json.put("scoreScale", ref(GRADEBOOK, "scoreScales", "scoreScale", scale));
				}
				return json;
			});

	public static final Resource RESULTS = new Resource("results", "result", """
			select m.id as sourced_id, case when m.deleted then 'tobedeleted' else 'active' end as status,
			  m.modified_at as date_last_modified, %s as line_item_id,
			  m.student_id, %s as class_id, %s as scale_id, m.value, m.numeric_value, m.work_date, m.comment, m.school_id
			from mark m where m.class_group_id is not null and m.work_date is not null"""
		.formatted(LINE_ITEM_ID.formatted("m"), RosterResources.CLASS_ID.formatted("m"), SCALE_ID.formatted("m")), "true",
			SCHOOL_REACH,
			RosterResources.fields(Map.of("score", Column.number("r.numeric_value"), "textScore", Column.text("r.value"),
					"scoreDate", Column.date("r.work_date"))),
			row -> {
				Map<String, Object> json = Json.base(row);
				json.put("lineItem", ref(GRADEBOOK, "lineItems", "lineItem", row.getString("line_item_id")));
				json.put("student", ref(ROSTERING, "users", "user", row.getString("student_id")));
				json.put("class", ref(ROSTERING, "classes", "class", row.getString("class_id")));
				json.put("scoreScale", ref(GRADEBOOK, "scoreScales", "scoreScale", row.getString("scale_id")));
				json.put("scoreStatus", "fully graded");
				int numeric = row.getInt("numeric_value");
				if (!row.wasNull()) {
					json.put("score", BigDecimal.valueOf(numeric));
				}
				json.put("textScore", row.getString("value"));
				json.put("scoreDate", row.getDate("work_date").toLocalDate().toString());
				put(json, "comment", row.getString("comment"));
				return json;
			});

	private GradebookResources() {
	}
}
