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

	/** The journal's work types (journal.marks.v1 workType): each is a category of every school. */
	static final String WORK_TYPES = "array['oral', 'written', 'test', 'homework', 'distance', 'lab', 'other']";

	/** Work of a class the journal's marks are for, unless a client's line item names that work (it takes its place). */
	private static final String NOT_CLIENTS = """
			not exists (select 1 from client_line_item li where li.class_group_id = m.class_group_id
			  and li.subject_id = m.subject_id and li.work_date = m.work_date and li.work_type = m.work_type)""";

	/** A category for each work type of each school, so that a client can put a line item before any mark exists. */
	public static final Resource CATEGORIES = new Resource("categories", "category", """
			select %s as sourced_id, 'active' as status, c.modified_at as date_last_modified, c.work_type as title, c.school_id
			from (select s.id as school_id, s.modified_at, wt.work_type from school s cross join unnest(%s) as wt(work_type)) c"""
		.formatted(CATEGORY_ID.formatted("c"), WORK_TYPES), "true", SCHOOL_REACH,
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

	/** Clients' line items (ADR 0042; deleted ones tobedeleted, ADR 0046) and those derived from the marks of work no client's line item names. */
	public static final Resource LINE_ITEMS = new Resource("lineItems", "lineItem", """
			select li.sourced_id, case when li.deleted_at is null then 'active' else 'tobedeleted' end as status,
			  li.modified_at as date_last_modified, li.title, li.description,
			  li.work_date, %s::text as class_id, li.school_id, %s::text as category_id, null::text as scale_id,
			  li.class_group_id, li.subject_id, li.work_type
			from client_line_item li
			union all
			select %s::text as sourced_id, 'active' as status, max(m.modified_at) as date_last_modified,
			  m.work_type || ' ' || m.work_date::text as title, null::text as description, m.work_date, %s::text as class_id,
			  m.school_id, %s::text as category_id, min(%s::text) as scale_id, m.class_group_id, m.subject_id, m.work_type
			from %s m where %s group by m.school_id, m.class_group_id, m.subject_id, m.work_date, m.work_type"""
		.formatted(RosterResources.CLASS_ID.formatted("li"), CATEGORY_ID.formatted("li"), LINE_ITEM_ID.formatted("m"),
				RosterResources.CLASS_ID.formatted("m"), CATEGORY_ID.formatted("m"), SCALE_ID.formatted("m"), MARKS, NOT_CLIENTS),
			"true", SCHOOL_REACH,
			RosterResources.fields(Map.of("title", Column.text("r.title"), "assignDate", Column.date("r.work_date"), "dueDate",
					Column.date("r.work_date"))),
			row -> {
				Map<String, Object> json = Json.base(row);
				String day = row.getDate("work_date").toLocalDate().toString();
				json.put("title", row.getString("title"));
				put(json, "description", row.getString("description"));
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

	/** Each mark; one a client put shows under the client's sourcedId and line item (ADR 0042). */
	public static final Resource RESULTS = new Resource("results", "result", """
			select coalesce(cr.sourced_id, m.id::text) as sourced_id,
			  case when m.deleted or cr.deleted_at is not null then 'tobedeleted' else 'active' end as status,
			  greatest(m.modified_at, cr.deleted_at) as date_last_modified, coalesce(li.sourced_id, %s::text) as line_item_id,
			  m.student_id, %s as class_id, %s as scale_id, m.value, m.numeric_value, m.work_date, m.comment, m.school_id
			from mark m left join client_result cr on cr.mark_id = m.id
			left join client_line_item li on li.class_group_id = m.class_group_id and li.subject_id = m.subject_id
			  and li.work_date = m.work_date and li.work_type = m.work_type
			where m.class_group_id is not null and m.work_date is not null"""
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
