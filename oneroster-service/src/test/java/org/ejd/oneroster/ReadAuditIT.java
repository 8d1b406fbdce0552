package org.ejd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Every read of a student's data through OneRoster is kept in the read audit with the client as the reader (152-FZ). */
class ReadAuditIT extends OneRosterIT {

	@Test
	void readingAStudentsUserEnrollmentAndResultsIsAuditedWithTheClientAsTheReader() {
		Scene scene = scene("51");
		assertThat(api().get(ROSTERING + "students/" + scene.student(), regionToken()).status()).isEqualTo(200);
		assertThat(api().get(ROSTERING + "users?limit=50&filter=" + q("sourcedId='" + scene.student() + "'"), regionToken())
			.status()).isEqualTo(200);
		String enrollment = jdbc.sql("select md5(?::text || '|' || ?::text)::uuid::text").params(scene.enrolment(), scene.subject())
			.query(String.class).single();
		assertThat(api().get(ROSTERING + "enrollments/" + enrollment, regionToken()).status()).isEqualTo(200);
		assertThat(api().get(GRADEBOOK + "results/" + scene.mark(), regionToken()).status()).isEqualTo(200);

		List<Map<String, Object>> reads = reads(scene.student());
		assertThat(reads).extracting(read -> read.get("what")).containsExactlyInAnyOrder("oneroster-users", "oneroster-users",
				"oneroster-enrollments", "oneroster-results");
		assertThat(reads).allSatisfy(read -> {
			assertThat(read.get("reader")).isEqualTo("ejd-oneroster");
			assertThat(read.get("client_id")).isEqualTo("ejd-oneroster");
		});
	}

	@Test
	void staffSchoolsAndClassesAreNotStudentsDataAndAReadOutsideTheClientsReachLeavesNoTrace() {
		Scene scene = scene("51");
		Scene foreign = scene("77");
		assertThat(api().get(ROSTERING + "teachers/" + scene.teacher(), regionToken()).status()).isEqualTo(200);
		assertThat(api().get(ROSTERING + "classes/" + classId(scene), regionToken()).status()).isEqualTo(200);
		assertThat(api().get(ROSTERING + "students/" + foreign.student(), regionToken()).status()).isEqualTo(404);
		assertThat(reads(scene.teacher())).isEmpty();
		assertThat(reads(foreign.student())).isEmpty();
		assertThat(reads(scene.student())).isEmpty();
	}

	private List<Map<String, Object>> reads(UUID student) {
		return jdbc.sql("select reader, client_id, what from read_audit where student_id = ? order by id").param(student)
			.query().listOfRows();
	}
}
