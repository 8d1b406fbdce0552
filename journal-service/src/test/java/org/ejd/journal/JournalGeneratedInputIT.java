package org.ejd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.GeneratedRequests;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

/**
 * Generated input (issue 12, R2) for journal-service: requests drawn from {@code docs/openapi/journal.json} with the
 * tokens of a school's staff, a pupil, a family, another school and the region; never a 5xx, every 4xx a problem with a
 * detail.
 */
class JournalGeneratedInputIT extends JournalIT {

	static final int REQUESTS = 2_500;

	@Test
	void noGeneratedRequestGetsA5xxAndEvery4xxIsAProblemWithADetail() throws Exception {
		School school = school();
		Response lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 1));
		assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
		Response mark = api().post("/api/journal/marks", school.teacherToken(), Map.of("studentId", school.studentId(),
				"classGroupId", school.classGroupId(), "subjectId", school.subjectId(), "value", "5", "workType", "oral", "workDate",
				today()));
		assertThat(mark.status()).as(mark.toString()).isEqualTo(201);

		String operator = "op-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(operator, "User-pass-12", List.of("region-operator"), UUID.randomUUID().toString(), List.of(),
				List.of("51"));
		List<String> tokens = List.of(school.adminToken(), school.teacherToken(), school.teacherToken(),
				user(List.of("deputy-head"), UUID.randomUUID(), school.id()), user(List.of("student"), school.studentId(), school.id()),
				user(List.of("guardian"), UUID.randomUUID(), school.id()),
				user(List.of("school-admin"), UUID.randomUUID(), UUID.randomUUID()),
				RealServers.keycloak().passwordToken(operator, "User-pass-12"));
		Map<String, List<String>> known = Map.of(
				"schoolId", List.of(school.id().toString()),
				"classGroupId", List.of(school.classGroupId().toString()),
				"subjectId", List.of(school.subjectId().toString()),
				"studentId", List.of(school.studentId().toString(), school.notEnrolledStudentId().toString()),
				"teacherId", List.of(school.teacherId().toString()),
				"id", List.of(lesson.json().get("id").asString(), mark.json().get("id").asString(), school.classGroupId().toString()),
				"date", List.of(today().toString()),
				"workDate", List.of(today().toString()),
				"academicYear", List.of(academicYearOf(today())));

		GeneratedRequests.Report report = GeneratedRequests.of("journal").run(api(), tokens, known, REQUESTS, 8, 20261203L);
		System.out.println(report);

		assertThat(report.requests()).isEqualTo(REQUESTS);
		assertThat(report.statuses().keySet()).as("statuses seen").anyMatch(s -> s < 300).anyMatch(s -> s >= 400);
		assertThat(report.examples()).as("requests answered 5xx, or 4xx without a problem detail").isEmpty();
	}
}
