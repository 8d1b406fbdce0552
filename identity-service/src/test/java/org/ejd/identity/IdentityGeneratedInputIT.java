package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ejd.testkit.GeneratedRequests;
import org.junit.jupiter.api.Test;

/**
 * Generated input (issue 12, R2) for identity-service: requests drawn from {@code docs/openapi/identity.json} with the
 * tokens of a school's desk, a family, another school, the region, another region and a portal; never a 5xx, every 4xx
 * a problem with a detail.
 */
class IdentityGeneratedInputIT extends IdentityIT {

	static final int REQUESTS = 2_500;

	@Test
	void noGeneratedRequestGetsA5xxAndEvery4xxIsAProblemWithADetail() throws Exception {
		Desk desk = newSchool(regionOperatorToken(), unique("Школа генератора"));
		Desk other = newSchool(regionOperatorToken(), unique("Другая школа"));
		String student = student(desk, LocalDate.now().minusYears(12));
		String guardian = guardian(desk);
		String representation = represent(desk, guardian, student);
		String guardianToken = login(issueAccount(desk, guardian, "Guardian-pass-12"), "Guardian-pass-12");
		String studentToken = login(issueAccount(desk, student, "Student-pass-12"), "Student-pass-12");

		List<String> tokens = List.of(desk.admin(), desk.admin(), other.admin(), guardianToken, studentToken, regionOperatorToken(),
				regionOperatorToken("39"), portalToken());
		Map<String, List<String>> known = Map.of(
				"schoolId", List.of(desk.schoolId(), other.schoolId()),
				"personId", List.of(student, guardian, desk.adminId()),
				"guardianId", List.of(guardian),
				"studentId", List.of(student),
				"id", List.of(desk.schoolId(), representation),
				"code", List.of(REGION, "39", "52"),
				"municipalityId", List.of(municipality(REGION, "ЗАТО г. Североморск")));

		GeneratedRequests.Report report = GeneratedRequests.of("identity").run(api(), tokens, known, REQUESTS, 8, 20261204L);
		System.out.println(report);

		assertThat(report.requests()).isEqualTo(REQUESTS);
		assertThat(report.statuses().keySet()).as("statuses seen").anyMatch(s -> s < 300).anyMatch(s -> s >= 400);
		assertThat(report.examples()).as("requests answered 5xx, or 4xx without a problem detail").isEmpty();
	}
}
