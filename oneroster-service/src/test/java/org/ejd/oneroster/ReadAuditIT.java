package org.ejd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.AuthorizationMatrix;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Every read of a student's data through OneRoster is kept in the read audit with the client as the reader (152-FZ),
 * and listed for the school's admin and its region's operator.
 */
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

	@Test
	void theSchoolAdminAndTheRegionOperatorListTheClientsReadsOfAStudentPageByPageAsJsonAndAsDefusedCsv() {
		Scene scene = scene("51");
		assertThat(api().get(ROSTERING + "students/" + scene.student(), regionToken()).status()).isEqualTo(200);
		String enrollment = jdbc.sql("select md5(?::text || '|' || ?::text)::uuid::text").params(scene.enrolment(), scene.subject())
			.query(String.class).single();
		assertThat(api().get(ROSTERING + "enrollments/" + enrollment, regionToken()).status()).isEqualTo(200);
		assertThat(api().get(GRADEBOOK + "results/" + scene.mark(), regionToken()).status()).isEqualTo(200);
		String admin = AuthorizationMatrix.caller("school-admin", UUID.randomUUID(), scene.school());

		String reads = "/ims/oneroster/audit/v1p2/schools/" + scene.school() + "/reads?studentId=" + scene.student();
		Response first = api().get(reads + "&limit=2", admin);
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		JsonNode page = first.json().get("items");
		assertThat(page).extracting(item -> item.get("what").asString()).containsExactly("oneroster-users", "oneroster-enrollments");
		assertThat(page).allSatisfy(item -> {
			assertThat(item.get("reader").asString()).as("the client is the reader").isEqualTo("ejd-oneroster");
			assertThat(item.get("clientId").asString()).isEqualTo("ejd-oneroster");
		});
		assertThat(Instant.parse(page.get(0).get("readAt").asString())).isBefore(Instant.parse(page.get(1).get("readAt").asString())
			.plusMillis(1));
		Response second = api().get(reads + "&limit=2&cursor=" + first.json().get("nextCursor").asString(), admin);
		assertThat(second.status()).as(second.toString()).isEqualTo(200);
		assertThat(second.json().get("items")).extracting(item -> item.get("what").asString()).containsExactly("oneroster-results");
		assertThat(second.json().get("nextCursor").isNull()).as("the last page").isTrue();

		Response region = api().get(reads, AuthorizationMatrix.regionOperator("51"));
		assertThat(region.status()).as("the region operator of the school's region").isEqualTo(200);
		assertThat(region.json().get("items")).extracting(item -> item.get("what").asString())
			.containsExactly("oneroster-users", "oneroster-enrollments", "oneroster-results");

		assertImsx(api().get(reads, AuthorizationMatrix.regionOperator("52")), 404, "unknownobject");
		assertImsx(api().get(reads, AuthorizationMatrix.caller("school-admin", UUID.randomUUID(), UUID.randomUUID())), 404,
				"unknownobject");
		Response teacher = api().get(reads, AuthorizationMatrix.caller("teacher", scene.teacher(), scene.school()));
		assertImsx(teacher, 404, "unknownobject");
		assertImsx(api().get(reads, regionToken()), 403, "forbidden");
		assertImsx(api().get("/ims/oneroster/audit/v1p2/schools/" + scene.school() + "/reads?studentId=" + UUID.randomUUID(), admin),
				404, "unknownobject");
		assertImsx(api().get(reads + "&limit=500", admin), 400, "invaliddata");
		Response badCursor = api().get(reads + "&cursor=not-a-cursor", admin);
		assertImsx(badCursor, 400, "invaliddata");
		assertThat(badCursor.json().get("imsx_description").asString()).contains("cursor");
		assertImsx(api().get(reads + "&from=2026-12-01&to=2026-11-01", admin), 400, "invaliddata");

		// a reader's client named like a formula: the CSV defuses it
		jdbc.sql("insert into read_audit (read_at, reader, client_id, roles, student_id, what) values (?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(Instant.now()), "=cmd|' /C calc'!A0", "@SUM(1+1)", "", scene.student(), "+oneroster-users")
			.update();
		Response csv = api().send("GET", reads, admin, null, Map.of("Accept", "text/csv"));
		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFF\"read_at\",\"reader\",\"client_id\",\"roles\",\"what\"\r\n")
			.contains("\"ejd-oneroster\",\"ejd-oneroster\"", "\"oneroster-results\"", "\"'=cmd|' /C calc'!A0\"", "\"'@SUM(1+1)\"",
					"\"'+oneroster-users\"")
			.doesNotContain("\"=cmd", "\"@SUM", "\"+oneroster");
		Response csvPage = api().send("GET", reads + "&limit=2", admin, null, Map.of("Accept", "text/csv"));
		assertThat(csvPage.headers().get("link")).as("the next page").contains("rel=\"next\"", "cursor=");
	}

	private List<Map<String, Object>> reads(UUID student) {
		return jdbc.sql("select reader, client_id, what from read_audit where student_id = ? order by id").param(student)
			.query().listOfRows();
	}
}
