package org.ejd.journal.years;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a school year's journal as a zip: one JSON array per kind of record, rows in a fixed order with every column
 * (PostgreSQL writes the JSON), and {@code manifest.json} with each file's rows and SHA-256.
 */
@Component
class YearArchiveWriter {

	/** file → the rows of the school's year; parameters: school, academic year, first day, last day. */
	private static final Map<String, String> FILES = files();

	private final JdbcClient jdbc;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	YearArchiveWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static Map<String, String> files() {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("periods.json", "select * from reporting_period where school_id = :school and academic_year = :year");
		files.put("class_groups.json", "select * from class_group where school_id = :school and academic_year = :year");
		files.put("enrolments.json", """
				select e.* from enrolment e join class_group g on g.id = e.class_group_id
				where g.school_id = :school and g.academic_year = :year""");
		files.put("subjects.json", "select * from subject where school_id = :school");
		files.put("lessons.json", "select * from lesson where school_id = :school and lesson_date between :first and :last");
		files.put("attendance.json", """
				select a.* from attendance a join lesson l on l.id = a.lesson_id
				where l.school_id = :school and l.lesson_date between :first and :last""");
		files.put("marks.json", "select * from mark where school_id = :school and work_date between :first and :last");
		files.put("mark_history.json", """
				select h.* from mark_history h join mark m on m.id = h.mark_id
				where m.school_id = :school and m.work_date between :first and :last""");
		files.put("grades.json", """
				select g.* from grade g join reporting_period p on p.id = g.period_id
				where p.school_id = :school and p.academic_year = :year""");
		files.put("grade_history.json", """
				select h.* from grade_history h join grade g on g.id = h.grade_id join reporting_period p on p.id = g.period_id
				where p.school_id = :school and p.academic_year = :year""");
		return files;
	}

	/** The archive of the year as the database holds it now (call it in the closing transaction). */
	byte[] write(UUID schoolId, String academicYear, LocalDate firstDay, LocalDate lastDay, Instant closedAt, UUID closedBy) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			Map<String, Object> files = new LinkedHashMap<>();
			for (Map.Entry<String, String> file : FILES.entrySet()) {
				String rows = jdbc.sql("select coalesce(jsonb_agg(to_jsonb(t) order by t::text), '[]'::jsonb)::text from (" + file.getValue()
						+ ") t")
					.param("school", schoolId).param("year", academicYear).param("first", firstDay).param("last", lastDay)
					.query(String.class).single();
				byte[] content = rows.getBytes(StandardCharsets.UTF_8);
				entry(zip, file.getKey(), content, closedAt);
				files.put(file.getKey(), Map.of("rows", JSON.readTree(rows).size(), "sha256", sha256(content)));
			}
			Map<String, Object> manifest = new LinkedHashMap<>();
			manifest.put("schoolId", schoolId);
			manifest.put("academicYear", academicYear);
			manifest.put("firstDay", firstDay.toString());
			manifest.put("lastDay", lastDay.toString());
			manifest.put("closedAt", closedAt.toString());
			manifest.put("closedBy", closedBy);
			manifest.put("law", "273-ФЗ ст. 28");
			manifest.put("files", files);
			entry(zip, "manifest.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest), closedAt);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Every student whose data the archive holds: the {@code student_id} of each row of each of its files (enrolments,
	 * attendance, marks, grades), read from the archive itself, so that its download is audited for each of them.
	 */
	static Set<UUID> studentsIn(byte[] archive) {
		Set<UUID> students = new TreeSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (!entry.getName().equals("manifest.json")) {
					collectStudents(zip, students);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return students;
	}

	/** Streams one file's array of rows (a year's marks may be large) and keeps each row's top-level student_id. */
	private static void collectStudents(ZipInputStream zip, Set<UUID> students) {
		FilterInputStream entry = new FilterInputStream(zip) {
			@Override
			public void close() {
				// the zip goes on to its next entry
			}
		};
		try (JsonParser rows = JSON.createParser(entry)) {
			if (rows.nextToken() != JsonToken.START_ARRAY) {
				return;
			}
			while (rows.nextToken() == JsonToken.START_OBJECT) {
				while (rows.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = rows.currentName();
					JsonToken value = rows.nextToken();
					if (name.equals("student_id") && value == JsonToken.VALUE_STRING) {
						students.add(UUID.fromString(rows.getString()));
					}
					else {
						rows.skipChildren();
					}
				}
			}
		}
	}

	static List<String> fileNames() {
		return List.copyOf(FILES.keySet());
	}

	private static void entry(ZipOutputStream zip, String name, byte[] content, Instant time) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setLastModifiedTime(FileTime.from(time));
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
