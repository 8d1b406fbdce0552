package org.ejd.oneroster.roster;

import static org.ejd.platform.jdbc.UnnestRows.column;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.contracts.identity.SchoolRegistered;
import org.ejd.contracts.identity.StaffAppointed;
import org.ejd.contracts.identity.StudentLeft;
import org.ejd.contracts.identity.StudentRegistered;
import org.ejd.contracts.journal.MarkCorrected;
import org.ejd.contracts.journal.MarkDeleted;
import org.ejd.contracts.journal.MarkPosted;
import org.ejd.contracts.journal.PeriodDefined;
import org.ejd.contracts.journal.StudentEnrolled;
import org.ejd.contracts.journal.TeacherAssigned;
import org.ejd.platform.jdbc.UnnestRows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facade's projection: each row keeps the version of its aggregate and the time of the fact that last changed it
 * (OneRoster's {@code dateLastModified}); an older or repeated fact changes nothing.
 */
@Repository
public class Roster {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	Roster(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void school(SchoolRegistered s, long version, Instant at) {
		jdbc.sql("""
				insert into school (id, name, short_name, region_code, municipality, time_zone, version, modified_at)
				values (:id, :name, :shortName, :region, :municipality, :zone, :version, :at)
				on conflict (id) do update set name = excluded.name, short_name = excluded.short_name,
				  region_code = excluded.region_code, municipality = excluded.municipality, time_zone = excluded.time_zone,
				  version = excluded.version, modified_at = excluded.modified_at
				where school.version < excluded.version""")
			.param("id", s.schoolId()).param("name", s.name()).param("shortName", s.shortName()).param("region", s.regionCode())
			.param("municipality", s.municipality()).param("zone", s.timeZone()).param("version", version).param("at", ts(at))
			.update();
	}

	void student(StudentRegistered s, long version, Instant at) {
		jdbc.sql("""
				insert into person (id, school_id, kind, family_name, given_name, middle_name, birth_date, version, modified_at)
				values (:id, :school, 'student', :family, :given, :middle, :birth, :version, :at)
				on conflict (id, school_id) do update set family_name = excluded.family_name, given_name = excluded.given_name,
				  middle_name = excluded.middle_name, birth_date = excluded.birth_date, version = excluded.version,
				  modified_at = excluded.modified_at
				where person.version < excluded.version""")
			.param("id", s.personId()).param("school", s.schoolId()).param("family", s.lastName()).param("given", s.firstName())
			.param("middle", s.middleName()).param("birth", s.birthDate()).param("version", version).param("at", ts(at))
			.update();
	}

	void studentLeft(StudentLeft s, long version, Instant at) {
		jdbc.sql("""
				update person set left_on = :leftOn, version = :version, modified_at = :at
				where id = :id and school_id = :school and version < :version""")
			.param("id", s.personId()).param("school", s.schoolId()).param("leftOn", s.leftOn()).param("version", version)
			.param("at", ts(at))
			.update();
	}

	void staff(StaffAppointed s, long version, Instant at) {
		jdbc.sql("""
				insert into person (id, school_id, kind, family_name, given_name, middle_name, roles, version, modified_at)
				values (:id, :school, 'staff', :family, :given, :middle, :roles, :version, :at)
				on conflict (id, school_id) do update set family_name = excluded.family_name, given_name = excluded.given_name,
				  middle_name = excluded.middle_name, roles = excluded.roles, version = excluded.version,
				  modified_at = excluded.modified_at
				where person.version < excluded.version""")
			.param("id", s.personId()).param("school", s.schoolId()).param("family", s.lastName()).param("given", s.firstName())
			.param("middle", s.middleName()).param("roles", s.roles().toArray(String[]::new)).param("version", version)
			.param("at", ts(at))
			.update();
	}

	void enrolment(StudentEnrolled e, long version, Instant at) {
		jdbc.sql("""
				insert into class_group (id, school_id, name, kind, academic_year, modified_at)
				values (:id, :school, :name, :kind, :year, :at)
				on conflict (id) do update set name = excluded.name, kind = excluded.kind, academic_year = excluded.academic_year,
				  modified_at = greatest(class_group.modified_at, excluded.modified_at)""")
			.param("id", e.classGroupId()).param("school", e.schoolId()).param("name", e.classGroupName()).param("kind", e.kind())
			.param("year", e.academicYear()).param("at", ts(at))
			.update();
		jdbc.sql("""
				insert into enrolment (id, student_id, class_group_id, school_id, valid_from, valid_to, version, modified_at)
				values (:id, :student, :group, :school, :from, :to, :version, :at)
				on conflict (id) do update set class_group_id = excluded.class_group_id, valid_from = excluded.valid_from,
				  valid_to = excluded.valid_to, version = excluded.version, modified_at = excluded.modified_at
				where enrolment.version < excluded.version""")
			.param("id", e.enrolmentId()).param("student", e.studentId()).param("group", e.classGroupId()).param("school", e.schoolId())
			.param("from", e.from()).param("to", e.to()).param("version", version).param("at", ts(at))
			.update();
	}

	void teaching(TeacherAssigned t, long version, Instant at) {
		jdbc.sql("""
				insert into class_group (id, school_id, modified_at) values (:id, :school, :at) on conflict (id) do nothing""")
			.param("id", t.classGroupId()).param("school", t.schoolId()).param("at", ts(at))
			.update();
		subject(t.subjectId(), t.schoolId(), t.subjectName(), at);
		jdbc.sql("""
				insert into teaching (id, school_id, class_group_id, subject_id, teacher_id, valid_from, valid_to, version, modified_at)
				values (:id, :school, :group, :subject, :teacher, :from, :to, :version, :at)
				on conflict (id) do update set class_group_id = excluded.class_group_id, subject_id = excluded.subject_id,
				  teacher_id = excluded.teacher_id, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
				  version = excluded.version, modified_at = excluded.modified_at
				where teaching.version < excluded.version""")
			.param("id", t.assignmentId()).param("school", t.schoolId()).param("group", t.classGroupId())
			.param("subject", t.subjectId()).param("teacher", t.teacherId()).param("from", t.from()).param("to", t.to())
			.param("version", version).param("at", ts(at))
			.update();
	}

	void period(PeriodDefined p, long version, Instant at) {
		jdbc.sql("""
				insert into period (id, school_id, academic_year, name, kind, start_date, end_date, closed, version, modified_at)
				values (:id, :school, :year, :name, :kind, :start, :end, :closed, :version, :at)
				on conflict (id) do update set academic_year = excluded.academic_year, name = excluded.name, kind = excluded.kind,
				  start_date = excluded.start_date, end_date = excluded.end_date, closed = excluded.closed,
				  version = excluded.version, modified_at = excluded.modified_at
				where period.version < excluded.version""")
			.param("id", p.periodId()).param("school", p.schoolId()).param("year", p.academicYear()).param("name", p.name())
			.param("kind", p.kind()).param("start", p.startDate()).param("end", p.endDate()).param("closed", p.closed())
			.param("version", version).param("at", ts(at))
			.update();
	}

	/** A mark's state as its posting or a correction left it, with its subject's name. */
	record MarkState(UUID id, UUID student, UUID school, UUID group, UUID subject, String subjectName, UUID teacher, String value,
			@Nullable Integer numeric, String scale, String workType, BigDecimal weight, LocalDate workDate,
			@Nullable String comment, long version, Instant at) {

		static MarkState of(MarkPosted m, long version, Instant at) {
			return new MarkState(m.markId(), m.studentId(), m.schoolId(), m.classGroupId(), m.subjectId(), m.subjectName(),
					m.teacherId(), m.value(), m.numericValue(), m.scale(), m.workType(), m.weight(), m.workDate(), m.comment(),
					version, at);
		}

		static MarkState of(MarkCorrected m, long version, Instant at) {
			return new MarkState(m.markId(), m.studentId(), m.schoolId(), m.classGroupId(), m.subjectId(), m.subjectName(),
					m.teacherId(), m.value(), m.numericValue(), m.scale(), m.workType(), m.weight(), m.workDate(), m.comment(),
					version, at);
		}
	}

	/**
	 * The states of marks in their order, and their subjects' names: one JDBC batch for the subjects and one statement for
	 * the marks (issue 13, ADR 0090, ADR 0096), with the effect of each state applied at once in turn. A subject named as
	 * the state before it named it changes nothing and is not sent; of two states of one mark the higher version is
	 * written, which is what each applied with its version check would leave.
	 */
	void marks(List<MarkState> states) {
		if (states.isEmpty()) {
			return;
		}
		Map<UUID, String> named = new HashMap<>();
		List<MarkState> naming = new ArrayList<>();
		for (MarkState state : states) {
			if (!state.subjectName().equals(named.put(state.subject(), state.subjectName()))) {
				naming.add(state);
			}
		}
		batch.batchUpdate("""
				insert into subject (id, school_id, name, modified_at) values (?, ?, ?, ?)
				on conflict (id) do update set name = excluded.name, modified_at = excluded.modified_at
				where subject.name <> excluded.name""", naming, naming.size(), (ps, m) -> {
			ps.setObject(1, m.subject());
			ps.setObject(2, m.school());
			ps.setString(3, m.subjectName());
			ps.setTimestamp(4, ts(m.at()));
		});
		List<MarkState> rows = UnnestRows.highestVersionOfEach(states, MarkState::id, MarkState::version);
		jdbc.sql("""
				insert into mark (id, student_id, school_id, class_group_id, subject_id, teacher_id, value, numeric_value, scale,
				  work_type, weight, work_date, comment, version, modified_at)
				select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::integer[],
				  ?::text[], ?::text[], ?::numeric[], ?::date[], ?::text[], ?::bigint[], ?::timestamptz[])
				on conflict (id) do update set class_group_id = excluded.class_group_id, subject_id = excluded.subject_id,
				  teacher_id = excluded.teacher_id, value = excluded.value, numeric_value = excluded.numeric_value,
				  scale = excluded.scale, work_type = excluded.work_type, weight = excluded.weight, work_date = excluded.work_date,
				  comment = excluded.comment, version = excluded.version, modified_at = excluded.modified_at
				where mark.version < excluded.version and not mark.deleted""")
			.params(column(rows, MarkState::id), column(rows, MarkState::student), column(rows, MarkState::school),
					column(rows, MarkState::group), column(rows, MarkState::subject), column(rows, MarkState::teacher),
					column(rows, MarkState::value), column(rows, MarkState::numeric), column(rows, MarkState::scale),
					column(rows, MarkState::workType), column(rows, MarkState::weight), column(rows, MarkState::workDate),
					column(rows, MarkState::comment), column(rows, MarkState::version), column(rows, MarkState::at))
			.update();
	}

	void markDeleted(MarkDeleted m, long version, Instant at) {
		jdbc.sql("""
				insert into mark (id, student_id, school_id, deleted, version, modified_at)
				values (:id, :student, :school, true, :version, :at)
				on conflict (id) do update set deleted = true, version = excluded.version, modified_at = excluded.modified_at
				where mark.version < excluded.version""")
			.param("id", m.markId()).param("student", m.studentId()).param("school", m.schoolId()).param("version", version)
			.param("at", ts(at))
			.update();
	}

	private void subject(UUID id, UUID school, String name, Instant at) {
		jdbc.sql("""
				insert into subject (id, school_id, name, modified_at) values (:id, :school, :name, :at)
				on conflict (id) do update set name = excluded.name, modified_at = excluded.modified_at
				where subject.name <> excluded.name""")
			.param("id", id).param("school", school).param("name", name).param("at", ts(at))
			.update();
	}

	private static Timestamp ts(Instant at) {
		return Timestamp.from(at);
	}
}
