package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.GeneratedRequests;
import org.junit.jupiter.api.Test;

/**
 * Generated input (issue 12, R2) for consent-service: requests drawn from {@code docs/openapi/consent.json}
 * with the tokens of a family, its school and its region; never a 5xx, every 4xx a problem with a detail.
 */
class ConsentGeneratedInputIT extends ConsentIT {

	static final int REQUESTS = 5_000;

	@Test
	void noGeneratedRequestGetsA5xxAndEvery4xxIsAProblemWithADetail() throws Exception {
		School school = school();
		UUID student = student(school, minor());
		UUID adultStudent = student(school, adult());
		UUID guardian = guardianOf(student, school);
		String guardianToken = token("guardian", guardian, school.id());
		Response pending = api().post(PERSONS + guardian + "/contacts", guardianToken,
				Map.of("channel", "email", "destination", "gen-" + UUID.randomUUID() + "@example.ru"));
		assertThat(pending.status()).as(pending.toString()).isEqualTo(202);

		List<String> tokens = List.of(guardianToken, token("student", student, school.id()), token("student", adultStudent, school.id()),
				school.adminToken(), regionToken(), token("teacher", UUID.randomUUID(), school.id()));
		Map<String, List<String>> known = Map.of(
				"personId", List.of(student.toString(), guardian.toString(), adultStudent.toString()),
				"studentId", List.of(student.toString(), adultStudent.toString()),
				"givenBy", List.of(guardian.toString(), adultStudent.toString()),
				"schoolId", List.of(school.id().toString()),
				"contactId", List.of(pending.json().get("id").asString()),
				"textVersion", List.of(CURRENT_TEXT, "2025-1"));

		GeneratedRequests.Report report = GeneratedRequests.of("consent").run(api(), tokens, known, REQUESTS, 8, 20261201L);
		System.out.println(report);

		assertThat(report.requests()).isEqualTo(REQUESTS);
		assertThat(report.statuses().keySet()).as("statuses seen").anyMatch(s -> s < 300).anyMatch(s -> s >= 400);
		assertThat(report.examples()).as("requests answered 5xx, or 4xx without a problem detail").isEmpty();
	}
}
