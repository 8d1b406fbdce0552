package org.ejd.journal.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A mark names a class group and a subject that exist, checked by the database once a statement instead of by two
 * foreign keys (issue 13, ADR 0101): whatever writes the table, and whichever side moves.
 */
class MarkReferencesIT extends JournalIT {

	private static final String FOREIGN_KEY_VIOLATION = "23503";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStatementWithOneMarkOfAnUnknownClassGroupOrSubjectWritesNoneOfItsMarks() {
		School school = school();
		UUID unknown = UUID.randomUUID();

		assertRefused(twoMarks(school, school.classGroupId(), school.subjectId(), unknown, school.subjectId()));
		assertRefused(twoMarks(school, school.classGroupId(), school.subjectId(), school.classGroupId(), unknown));

		assertThat(jdbc.sql("select count(*) from mark where school_id = ?").param(school.id()).query(Integer.class).single())
			.isZero();
		jdbc.sql(twoMarks(school, school.classGroupId(), school.subjectId(), school.classGroupId(), school.subjectId())).update();
		assertThat(jdbc.sql("select count(*) from mark where school_id = ?").param(school.id()).query(Integer.class).single())
			.as("the same statement with known references").isEqualTo(2);
	}

	@Test
	void aMarkCannotBeMovedToAClassGroupOrSubjectThatDoesNotExist() {
		School school = school();
		UUID markId = postedMark(school);

		assertRefused("update mark set class_group_id = '" + UUID.randomUUID() + "' where id = '" + markId + "'");
		assertRefused("update mark set subject_id = '" + UUID.randomUUID() + "' where id = '" + markId + "'");
		assertThat(jdbc.sql("select class_group_id from mark where id = ?").param(markId).query(UUID.class).single())
			.isEqualTo(school.classGroupId());
	}

	@Test
	void aClassGroupOrSubjectThatMarksNameCannotBeDeletedOrRenumbered() {
		School school = school();
		postedMark(school);

		assertRefused("delete from class_group where id = '" + school.classGroupId() + "'");
		assertRefused("update class_group set id = '" + UUID.randomUUID() + "' where id = '" + school.classGroupId() + "'");
		assertRefused("delete from subject where id = '" + school.subjectId() + "'");
		assertRefused("update subject set id = '" + UUID.randomUUID() + "' where id = '" + school.subjectId() + "'");
		assertThat(jdbc.sql("select count(*) from class_group where id = ?").param(school.classGroupId()).query(Integer.class)
			.single()).isOne();
		assertThat(jdbc.sql("select count(*) from subject where id = ?").param(school.subjectId()).query(Integer.class).single())
			.isOne();
	}

	private UUID postedMark(School school) {
		Response posted = api().post("/api/journal/marks", school.teacherToken(), Map.of("studentId", school.studentId(),
				"classGroupId", school.classGroupId(), "subjectId", school.subjectId(), "value", "4", "workType", "oral",
				"workDate", today()));
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		return UUID.fromString(posted.json().get("id").asString());
	}

	/** One insert of two marks, the second naming {@code group} and {@code subject}. */
	private static String twoMarks(School school, UUID firstGroup, UUID firstSubject, UUID group, UUID subject) {
		String row = "(gen_random_uuid(), '%s', '%s', '%s', '%s', '%s', '5', 'FIVE_POINT', 5, 'ORAL', 1, current_date, now(), true, 1)";
		return "insert into mark (id, school_id, student_id, class_group_id, subject_id, teacher_id, value, scale, points,"
				+ " work_type, weight, work_date, entered_at, on_time, version) values "
				+ row.formatted(school.id(), school.studentId(), firstGroup, firstSubject, school.teacherId()) + ", "
				+ row.formatted(school.id(), school.notEnrolledStudentId(), group, subject, school.teacherId());
	}

	private void assertRefused(String sql) {
		assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql)
			.isInstanceOfSatisfying(DataAccessException.class, e -> assertThat(e.getMostSpecificCause())
				.isInstanceOfSatisfying(SQLException.class, cause -> assertThat(cause.getSQLState()).isEqualTo(FOREIGN_KEY_VIOLATION)));
	}
}
