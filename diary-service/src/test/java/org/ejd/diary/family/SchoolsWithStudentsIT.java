package org.ejd.diary.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ejd.diary.DiaryIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The schools the school-by-school jobs go through, found by a skip over the students' school index (V68). */
class SchoolsWithStudentsIT extends DiaryIT {

	@Autowired
	Family family;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachSchoolWithStudentsComesOnceInIdOrderAsADistinctReadOfAllStudentsGivesThem() {
		List<UUID> schools = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		List<UUID> students = new ArrayList<>();
		for (UUID school : schools) {
			for (int i = 0; i < 3; i++) {
				students.add(student(school));
			}
		}

		List<UUID> found = family.schoolsWithStudents();

		// in PostgreSQL's order of uuids (bytes, unsigned), which Java's UUID.compareTo is not
		assertThat(found).containsAll(schools).doesNotHaveDuplicates()
			.isEqualTo(jdbc.sql("select distinct school_id from student order by school_id").query(UUID.class).list());
		assertThat(family.studentsOf(schools.get(1))).containsExactlyInAnyOrderElementsOf(students.subList(3, 6));
		assertThat(family.studentsOf(UUID.randomUUID())).as("a school without students").isEmpty();
	}

	private UUID student(UUID school) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into student (id, school_id, last_name, first_name, version) values (?, ?, 'Иванов', 'Пётр', 1)")
			.params(id, school).update();
		return id;
	}
}
