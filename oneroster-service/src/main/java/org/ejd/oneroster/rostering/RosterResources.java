package org.ejd.oneroster.rostering;

import static org.ejd.oneroster.collections.Json.ROSTERING;
import static org.ejd.oneroster.collections.Json.put;
import static org.ejd.oneroster.collections.Json.ref;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ejd.oneroster.collections.Column;
import org.ejd.oneroster.collections.Json;
import org.ejd.oneroster.collections.Resource;
import org.jspecify.annotations.Nullable;

/**
 * The OneRoster 1.2 rostering collections over the projection. The mapping (ADR 0023): a school is an org of type
 * {@code school}, its region one of type {@code state}; a subject of a school is a course; a class group taught a
 * subject is a scheduled class (its sourcedId derived from both); reporting periods are academic sessions under a
 * derived school year; a student enrolled in a class group is enrolled in each of its classes, a teacher in what they teach.
 */
public final class RosterResources {

	/** A school's classes: every class group and subject that is taught or marked, with the time of its latest fact. */
	public static final String CLASS_KEYS = """
			(select k.school_id, k.class_group_id, k.subject_id, max(k.modified_at) as modified_at
			 from (select school_id, class_group_id, subject_id, modified_at from teaching
			       union all
			       select school_id, class_group_id, subject_id, modified_at from mark
			       where class_group_id is not null and subject_id is not null and not deleted) k
			 group by k.school_id, k.class_group_id, k.subject_id)""";

	public static final String CLASS_ID = "md5(%1$s.class_group_id::text || '|' || %1$s.subject_id::text)::uuid";

	private static final String SCHOOL_REACH = "r.school_id = any(?::uuid[])";

	private static final Map<String, Column> BASE = Map.of("sourcedId", Column.text("r.sourced_id"), "status",
			Column.text("r.status"), "dateLastModified", Column.timestamp("r.date_last_modified"));

	public static final Resource ORGS = new Resource("orgs", "org", """
			select s.id as sourced_id, 'active' as status, s.modified_at as date_last_modified, s.name, 'school' as type,
			  s.short_name as identifier, md5('region|' || s.region_code)::uuid as parent_id, s.id as school_id, s.region_code
			from school s
			union all
			select md5('region|' || region_code)::uuid, 'active', max(modified_at), 'Регион ' || region_code, 'state',
			  region_code, null, null, region_code
			from school group by region_code""", "true",
			"r.school_id = any(?::uuid[]) or (r.school_id is null and r.region_code = any(?::text[]))",
			fields(Map.of("name", Column.text("r.name"), "type", Column.text("r.type"), "identifier", Column.text("r.identifier"))),
			row -> {
				Map<String, Object> json = Json.base(row);
				json.put("name", row.getString("name"));
				json.put("type", row.getString("type"));
				put(json, "identifier", row.getString("identifier"));
				String parent = row.getString("parent_id");
				if (parent != null) {
					json.put("parent", ref(ROSTERING, "orgs", "org", parent));
				}
				return json;
			});

	public static final Resource SCHOOLS = ORGS.narrowed("orgs", "org", "r.type = 'school'");

	public static final Resource ACADEMIC_SESSIONS = new Resource("academicSessions", "academicSession", """
			select p.id as sourced_id, 'active' as status, p.modified_at as date_last_modified, p.name as title,
			  p.start_date, p.end_date,
			  case p.kind when 'quarter' then 'gradingPeriod' when 'trimester' then 'term' else 'semester' end as type,
			  md5(p.school_id::text || '|' || p.academic_year)::uuid as parent_id, p.academic_year, p.school_id
			from period p where p.kind <> 'year'
			union all
			select md5(school_id::text || '|' || academic_year)::uuid, 'active', max(modified_at), 'Учебный год ' || academic_year,
			  min(start_date), max(end_date), 'schoolYear', null, academic_year, school_id
			from period group by school_id, academic_year""", "true", SCHOOL_REACH,
			fields(Map.of("title", Column.text("r.title"), "type", Column.text("r.type"), "startDate", Column.date("r.start_date"),
					"endDate", Column.date("r.end_date"), "schoolYear", Column.text("r.academic_year"))),
			row -> {
				Map<String, Object> json = Json.base(row);
				json.put("title", row.getString("title"));
				json.put("startDate", row.getDate("start_date").toLocalDate().toString());
				json.put("endDate", row.getDate("end_date").toLocalDate().toString());
				json.put("type", row.getString("type"));
				String parent = row.getString("parent_id");
				if (parent != null) {
					json.put("parent", ref(ROSTERING, "academicSessions", "academicSession", parent));
				}
				json.put("schoolYear", schoolYear(row.getString("academic_year")));
				json.put("org", ref(ROSTERING, "orgs", "org", row.getString("school_id")));
				return json;
			});

	public static final Resource COURSES = new Resource("courses", "course", """
			select s.id as sourced_id, 'active' as status, s.modified_at as date_last_modified, s.name as title, s.school_id
			from subject s""", "true", SCHOOL_REACH, fields(Map.of("title", Column.text("r.title"))),
			row -> {
				Map<String, Object> json = Json.base(row);
				json.put("title", row.getString("title"));
				json.put("org", ref(ROSTERING, "orgs", "org", row.getString("school_id")));
				return json;
			});

	public static final Resource CLASSES = new Resource("classes", "class", """
			select %s as sourced_id, 'active' as status, greatest(k.modified_at, sub.modified_at) as date_last_modified,
			  coalesce(g.name || ' ', '') || sub.name as title, g.name as class_code, 'scheduled' as class_type,
			  k.subject_id as course_id, sub.name as subject, k.school_id, k.class_group_id,
			  coalesce((select array_agg(p.id order by p.start_date) from period p where p.school_id = k.school_id
			    and p.kind <> 'year' and (g.academic_year is null or p.academic_year = g.academic_year)), '{}') as terms
			from %s k join subject sub on sub.id = k.subject_id left join class_group g on g.id = k.class_group_id"""
		.formatted(CLASS_ID.formatted("k"), CLASS_KEYS), "true", SCHOOL_REACH,
			fields(Map.of("title", Column.text("r.title"), "classCode", Column.text("r.class_code"), "classType",
					Column.text("r.class_type"))),
			row -> {
				Map<String, Object> json = Json.base(row);
				json.put("title", row.getString("title"));
				put(json, "classCode", row.getString("class_code"));
				json.put("classType", row.getString("class_type"));
				json.put("subjects", List.of(row.getString("subject")));
				json.put("course", ref(ROSTERING, "courses", "course", row.getString("course_id")));
				json.put("school", ref(ROSTERING, "orgs", "org", row.getString("school_id")));
				List<Map<String, Object>> terms = new ArrayList<>();
				for (String term : Json.strings(row, "terms")) {
					terms.add(ref(ROSTERING, "academicSessions", "academicSession", term));
				}
				json.put("terms", terms);
				return json;
			});

	public static final Resource USERS = new Resource("users", "user", """
			select p.id as sourced_id, case when bool_and(p.left_on is not null) then 'tobedeleted' else 'active' end as status,
			  max(p.modified_at) as date_last_modified, min(p.given_name) as given_name, min(p.family_name) as family_name,
			  min(p.middle_name) as middle_name,
			  case when bool_or(p.kind = 'student') then 'student'
			       when bool_or(p.roles && array['teacher', 'class-teacher']) then 'teacher' else 'administrator' end as role,
			  array_agg(p.school_id order by p.school_id) as school_ids
			from person p group by p.id""", "true", "r.school_ids && ?::uuid[]",
			fields(Map.of("givenName", Column.text("r.given_name"), "familyName", Column.text("r.family_name"), "middleName",
					Column.text("r.middle_name"), "role", Column.text("r.role"), "username", Column.text("r.sourced_id"))),
			row -> {
				Map<String, Object> json = Json.base(row);
				json.put("enabledUser", row.getString("status").equals("active"));
				// eJD logins stay with eJD: the username a OneRoster consumer sees is the person's id
				json.put("username", row.getString("sourced_id"));
				json.put("userIds", List.of());
				json.put("givenName", row.getString("given_name"));
				json.put("familyName", row.getString("family_name"));
				put(json, "middleName", row.getString("middle_name"));
				List<Map<String, Object>> roles = new ArrayList<>();
				for (String school : Json.strings(row, "school_ids")) {
					Map<String, Object> role = new LinkedHashMap<>();
					role.put("roleType", roles.isEmpty() ? "primary" : "secondary");
					role.put("role", row.getString("role"));
					role.put("org", ref(ROSTERING, "orgs", "org", school));
					roles.add(role);
				}
				json.put("roles", roles);
				json.put("agents", List.of());
				return json;
			});

	public static final Resource STUDENTS = USERS.narrowed("users", "user", "r.role = 'student'");

	public static final Resource TEACHERS = USERS.narrowed("users", "user", "r.role = 'teacher'");

	public static final Resource ENROLLMENTS = new Resource("enrollments", "enrollment", """
			select md5(e.id::text || '|' || k.subject_id::text)::uuid as sourced_id, 'active' as status,
			  greatest(e.modified_at, k.modified_at) as date_last_modified, 'student' as role, false as is_primary,
			  e.student_id as user_id, %1$s as class_id, e.school_id, e.valid_from as begin_date, e.valid_to as end_date
			from enrolment e join %2$s k on k.class_group_id = e.class_group_id
			union all
			select t.id, 'active', t.modified_at, 'teacher', true, t.teacher_id, %3$s, t.school_id, t.valid_from, t.valid_to
			from teaching t""".formatted(CLASS_ID.formatted("k"), CLASS_KEYS, CLASS_ID.formatted("t")), "true", SCHOOL_REACH,
			fields(Map.of("role", Column.text("r.role"), "primary", Column.bool("r.is_primary"), "beginDate",
					Column.date("r.begin_date"), "endDate", Column.date("r.end_date"))),
			row -> {
				Map<String, Object> json = Json.base(row);
				json.put("user", ref(ROSTERING, "users", "user", row.getString("user_id")));
				json.put("class", ref(ROSTERING, "classes", "class", row.getString("class_id")));
				json.put("school", ref(ROSTERING, "orgs", "org", row.getString("school_id")));
				json.put("role", row.getString("role"));
				json.put("primary", row.getBoolean("is_primary"));
				json.put("beginDate", row.getDate("begin_date").toLocalDate().toString());
				Date end = row.getDate("end_date");
				if (end != null) {
					json.put("endDate", end.toLocalDate().toString());
				}
				return json;
			});

	private RosterResources() {
	}

	/** The resource's own fields with sourcedId, status and dateLastModified, which every resource has. */
	public static Map<String, Column> fields(Map<String, Column> own) {
		Map<String, Column> all = new LinkedHashMap<>(BASE);
		all.putAll(own);
		return all;
	}

	/** OneRoster names a school year by the calendar year it ends in: {@code 2026/2027} is {@code 2027}. */
	static String schoolYear(@Nullable String academicYear) {
		if (academicYear == null) {
			return "";
		}
		String digits = academicYear.replaceAll(".*(\\d{4})\\D*$", "$1");
		return digits.matches("\\d{4}") ? digits : academicYear;
	}
}
