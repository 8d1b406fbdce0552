package org.ejd.oneroster.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.ejd.oneroster.access.Clients;
import org.ejd.oneroster.access.Reach;
import org.ejd.oneroster.collections.Collections;
import org.ejd.oneroster.collections.Resource;
import org.ejd.oneroster.gradebook.GradebookResources;
import org.ejd.oneroster.rostering.RosterResources;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.web.Csv;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A school's OneRoster 1.2 CSV (the CSV binding): {@code manifest.csv} and one file per collection in a zip. Bulk: every
 * record, {@code status} and {@code dateLastModified} left blank as the binding asks; delta ({@code since}): only what
 * changed after that time, with both filled, deletions as {@code tobedeleted}. For the school's own admin (school IT)
 * or a OneRoster client whose reach covers the school; anyone else gets 404, as for a school they may not know.
 */
@Component
public class CsvExport {

	private final Collections collections;

	private final Clients clients;

	private final JdbcClient jdbc;

	CsvExport(Collections collections, Clients clients, JdbcClient jdbc) {
		this.collections = collections;
		this.clients = clients;
		this.jdbc = jdbc;
	}

	/** Checks the caller may export the school; call before the answer starts. */
	public Reach reach(Caller caller, UUID school) {
		String region = jdbc.sql("select region_code from school where id = ?").param(school).query(String.class).optional()
			.orElseThrow(() -> Refusal.unknown("oneroster.unknown", "org", school));
		boolean allowed = caller.personId() != null ? caller.has(Role.SCHOOL_ADMIN) && caller.actsIn(school)
				: clients.of(caller).covers(school);
		if (!allowed) {
			throw Refusal.unknown("oneroster.unknown", "org", school);
		}
		return new Reach(caller.clientId(), List.of(school), List.of(region), caller);
	}

	/** Writes the zip of the school the reach names. */
	public void write(Reach reach, @Nullable Instant since, boolean gradebook, OutputStream out) {
		boolean delta = since != null;
		Map<String, String> manifest = new LinkedHashMap<>();
		manifest.put("manifest.version", "1.0");
		manifest.put("oneroster.version", "1.2");
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (CsvFile file : CsvFile.ROSTERING) {
				write(zip, file, reach, since);
				manifest.put("file." + file.name(), delta ? "delta" : "bulk");
			}
			for (String absent : List.of("demographics", "resources", "classResources", "courseResources", "userResources")) {
				manifest.put("file." + absent, "absent");
			}
			for (CsvFile file : CsvFile.GRADEBOOK) {
				if (gradebook) {
					write(zip, file, reach, since);
				}
				manifest.put("file." + file.name(), gradebook ? (delta ? "delta" : "bulk") : "absent");
			}
			manifest.put("file.lineItemLearningObjectiveIds", "absent");
			manifest.put("file.lineItemScoreScales", "absent");
			manifest.put("file.resultLearningObjectiveIds", "absent");
			manifest.put("file.resultScoreScales", "absent");
			manifest.put("source.systemName", "eJD");
			manifest.put("source.systemCode", "ejd");
			StringBuilder text = new StringBuilder(Csv.row(',', "propertyName", "value"));
			manifest.forEach((name, value) -> text.append(Csv.row(',', name, value)));
			zip.putNextEntry(new ZipEntry("manifest.csv"));
			zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(ZipOutputStream zip, CsvFile file, Reach reach, @Nullable Instant since) throws IOException {
		StringBuilder text = new StringBuilder(Csv.row(',', (Object[]) file.columns().toArray(String[]::new)));
		for (Map<String, Object> record : collections.all(file.resource(), reach, since)) {
			for (List<String> row : file.rows(record, since != null)) {
				text.append(Csv.row(',', (Object[]) row.toArray(String[]::new)));
			}
		}
		zip.putNextEntry(new ZipEntry(file.name() + ".csv"));
		zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/**
	 * One CSV file: its columns, each read from the record's JSON by a path ({@code parent.sourcedId};
	 * {@code terms[].sourcedId} joins a list by commas), and how a record becomes rows (users give roles.csv one row per role).
	 */
	record CsvFile(String name, Resource resource, List<String> columns, List<String> paths, @Nullable String each) {

		static final List<CsvFile> ROSTERING = List.of(
				file("orgs", RosterResources.ORGS, "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId",
						"sourcedId,status,dateLastModified,name,type,identifier,parent.sourcedId"),
				file("academicSessions", RosterResources.ACADEMIC_SESSIONS,
						"sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear",
						"sourcedId,status,dateLastModified,title,type,startDate,endDate,parent.sourcedId,schoolYear"),
				file("courses", RosterResources.COURSES,
						"sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes",
						"sourcedId,status,dateLastModified,-,title,-,-,org.sourcedId,-,-"),
				file("classes", RosterResources.CLASSES,
						"sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,"
								+ "termSourcedIds,subjects,subjectCodes,periods",
						"sourcedId,status,dateLastModified,title,-,course.sourcedId,classCode,classType,-,school.sourcedId,"
								+ "terms[].sourcedId,subjects[],-,-"),
				file("users", RosterResources.USERS,
						"sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,"
								+ "email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,resourceSourcedIds,"
								+ "preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns",
						"sourcedId,status,dateLastModified,enabledUser,username,-,givenName,familyName,middleName,-,-,-,-,-,-,-,-,-,"
								+ "-,-,-,roles.0.org.sourcedId,-"),
				new CsvFile("roles", RosterResources.USERS,
						List.of(("sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,"
								+ "userProfileSourcedId").split(",")),
						List.of("@role,status,dateLastModified,sourcedId,*.roleType,*.role,-,-,*.org.sourcedId,-".split(",")), "roles"),
				file("enrollments", RosterResources.ENROLLMENTS,
						"sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate",
						"sourcedId,status,dateLastModified,class.sourcedId,school.sourcedId,user.sourcedId,role,primary,beginDate,endDate"));

		static final List<CsvFile> GRADEBOOK = List.of(
				file("categories", GradebookResources.CATEGORIES, "sourcedId,status,dateLastModified,title,weight",
						"sourcedId,status,dateLastModified,title,-"),
				file("lineItems", GradebookResources.LINE_ITEMS,
						"sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,"
								+ "gradingPeriodSourcedId,resultValueMin,resultValueMax,schoolSourcedId",
						"sourcedId,status,dateLastModified,title,-,assignDate,dueDate,class.sourcedId,category.sourcedId,-,-,-,"
								+ "school.sourcedId"),
				file("results", GradebookResources.RESULTS,
						"sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,comment,"
								+ "textScore,classSourcedId,scoreScaleSourcedId",
						"sourcedId,status,dateLastModified,lineItem.sourcedId,student.sourcedId,scoreStatus,score,scoreDate,comment,"
								+ "textScore,class.sourcedId,scoreScale.sourcedId"),
				file("scoreScales", GradebookResources.SCORE_SCALES,
						"sourcedId,status,dateLastModified,type,classSourcedId,courseSourcedId,title,scoreScaleValue",
						"sourcedId,status,dateLastModified,type,-,-,title,scoreScaleValue[].itemValueLHS"));

		private static CsvFile file(String name, Resource resource, String columns, String paths) {
			return new CsvFile(name, resource, List.of(columns.split(",")), List.of(paths.split(",")), null);
		}

		/** The rows of one record; in bulk, status and dateLastModified stay blank. */
		List<List<String>> rows(Map<String, Object> record, boolean delta) {
			List<Object> items = each == null ? java.util.Collections.singletonList(null) : list(record.get(each));
			List<List<String>> rows = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				Object item = items.get(i);
				List<String> row = new ArrayList<>();
				for (int c = 0; c < paths.size(); c++) {
					String path = paths.get(c);
					String column = columns.get(c);
					if (!delta && (column.equals("status") || column.equals("dateLastModified"))) {
						row.add("");
					}
					else if (path.equals("@role")) {
						row.add(record.get("sourcedId") + "-" + i);
					}
					else if (path.startsWith("*.")) {
						row.add(text(value(item, path.substring(2))));
					}
					else {
						row.add(text(value(record, path)));
					}
				}
				rows.add(row);
			}
			return rows;
		}

		private static @Nullable Object value(@Nullable Object node, String path) {
			if (path.equals("-") || node == null) {
				return null;
			}
			int listAt = path.indexOf("[]");
			if (listAt >= 0) {
				Object list = value(node, path.substring(0, listAt));
				String rest = path.substring(listAt + 2);
				List<String> parts = new ArrayList<>();
				for (Object item : list(list)) {
					parts.add(text(rest.isEmpty() ? item : value(item, rest.substring(1))));
				}
				return String.join(",", parts);
			}
			Object current = node;
			for (String part : path.split("\\.")) {
				if (current instanceof Map<?, ?> map) {
					current = map.get(part);
				}
				else if (current instanceof List<?> list && part.matches("\\d+")) {
					int index = Integer.parseInt(part);
					current = index < list.size() ? list.get(index) : null;
				}
				else {
					return null;
				}
			}
			return current;
		}

		private static List<Object> list(@Nullable Object value) {
			return value instanceof List<?> list ? new ArrayList<>(list) : List.of();
		}

		private static String text(@Nullable Object value) {
			return value == null ? "" : value.toString();
		}
	}
}
