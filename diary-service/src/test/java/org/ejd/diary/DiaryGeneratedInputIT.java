package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.Eventually;
import org.ejd.testkit.GeneratedRequests;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

/**
 * Generated input (issue 12, R2) for diary-service: requests drawn from {@code docs/openapi/diary.json} with the
 * tokens of a family, its school, its region and a portal; never a 5xx, every 4xx a problem with a detail (FGIS's
 * {@code /Schedule}: a FHIR OperationOutcome with its diagnostics).
 */
class DiaryGeneratedInputIT extends DiaryIT {

	static final int REQUESTS = 2_500;

	@Test
	void noGeneratedRequestGetsA5xxAndEvery4xxIsAProblemWithADetail() throws Exception {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String mother = token("guardian", s.guardian, s.school);
		Eventually.until(() -> api().get("/api/diary/students/" + s.student + "/week?date=" + WeekScenario.MONDAY, mother),
				r -> r.status() == 200 && r.body().contains("\"value\":\"5\""), Duration.ofSeconds(30));

		String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(username, "User-pass-12", List.of("region-operator"), UUID.randomUUID().toString(), List.of(),
				List.of(s.region));
		List<String> tokens = List.of(mother, token("student", s.student, s.school), token("student", s.sibling, s.school),
				token("school-admin", UUID.randomUUID(), s.school), token("deputy-head", UUID.randomUUID(), s.school),
				token("teacher", s.mathsTeacher, s.school), token("guardian", UUID.randomUUID(), s.school),
				RealServers.keycloak().passwordToken(username, "User-pass-12"), RealServers.keycloak().portalToken());
		Map<String, List<String>> known = Map.of(
				"studentId", List.of(s.student.toString(), s.sibling.toString()),
				"schoolId", List.of(s.school.toString()),
				"regionCode", List.of(s.region, "77"),
				"family", List.of(s.guardian.toString(), s.student.toString()),
				"date", List.of(WeekScenario.MONDAY.toString()),
				"from", List.of(WeekScenario.MONDAY.toString()),
				"to", List.of(WeekScenario.MONDAY.plusDays(6).toString()),
				"academicYear", List.of("2026/2027"));

		GeneratedRequests.Report report = GeneratedRequests.of("diary")
			.withErrorEnvelope("/Schedule/", "application/fhir+json", "/issue/0/diagnostics")
			.run(api(), tokens, known, REQUESTS, 8, 20261202L);
		System.out.println(report);

		assertThat(report.requests()).isEqualTo(REQUESTS);
		assertThat(report.statuses().keySet()).as("statuses seen").anyMatch(st -> st < 300).anyMatch(st -> st >= 400);
		assertThat(report.examples()).as("requests answered 5xx, or 4xx without a problem detail").isEmpty();
	}
}
