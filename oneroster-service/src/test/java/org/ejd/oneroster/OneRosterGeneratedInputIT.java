package org.ejd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.AuthorizationMatrix;
import org.ejd.testkit.GeneratedRequests;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

/**
 * Generated input (issue 12, R2) for oneroster-service: requests drawn from {@code docs/openapi/oneroster.json} with the
 * tokens of the region's OneRoster client (every scope, and the roster scope only), another school's client, the
 * school's admin and a portal; never a 5xx, every 4xx OneRoster's imsx envelope with its description (a 406 the common
 * problem).
 */
class OneRosterGeneratedInputIT extends OneRosterIT {

	static final int REQUESTS = 2_500;

	@Test
	void noGeneratedRequestGetsA5xxAndEvery4xxIsAnErrorWithItsDescription() throws Exception {
		Scene scene = scene("51");
		String writer = token("ejd-oneroster", "roster.readonly", "gradebook.readonly", "gradebook.createput", "gradebook.delete");
		List<String> tokens = List.of(writer, token("ejd-oneroster", "roster.readonly"),
				token("ejd-oneroster-school", "roster.readonly", "gradebook.readonly", "gradebook.createput", "gradebook.delete"),
				AuthorizationMatrix.caller("school-admin", UUID.randomUUID(), scene.school()), RealServers.keycloak().portalToken());
		Map<String, List<String>> known = Map.of(
				"collection", List.of("orgs", "schools", "academicSessions", "terms", "gradingPeriods", "classes", "courses", "users",
						"students", "teachers", "enrollments", "categories", "lineItems", "results", "scoreScales"),
				"sourcedId", List.of(scene.student().toString(), scene.teacher().toString(), scene.school().toString(),
						scene.enrolment().toString(), scene.period().toString(), scene.mark().toString(), classId(scene)),
				"schoolId", List.of(scene.school().toString()),
				"filter", List.of("familyName='Петрова'", "status='active' AND role='student'", "dateLastModified>'2026-01-01T00:00:00Z'"),
				"sort", List.of("familyName", "sourcedId", "dateLastModified"),
				"orderBy", List.of("asc", "desc"),
				"fields", List.of("sourcedId,status", "sourcedId,familyName,givenName"),
				"limit", List.of("1", "5", "2000"),
				"offset", List.of("0", "3"),
				"since", List.of("2026-11-01T00:00:00Z", "2026-11-01T00:00:00+03:00"));

		GeneratedRequests.Report report = GeneratedRequests.of("oneroster")
			.withErrorEnvelope("/ims/oneroster/", "application/json", "/imsx_description")
			.run(api(), tokens, known, REQUESTS, 8, 20261201L);
		System.out.println(report);

		assertThat(report.requests()).isEqualTo(REQUESTS);
		assertThat(report.statuses().keySet()).as("statuses seen").anyMatch(st -> st < 300).anyMatch(st -> st >= 400);
		assertThat(report.examples()).as("requests answered 5xx, or 4xx without an error description").isEmpty();
	}
}
