package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 18: every read of a person's data by the staff in identity (applications, the account, the printed form and
 * letters, the list of guardians without consent) is kept in {@code read_audit} (platform) for that person; the school's
 * admin and its region's operator list them page by page as JSON and as CSV; nothing changes or removes a row.
 */
class ReadAuditIT extends IdentityIT {

	@Test
	void theSchoolAdminAndTheRegionOperatorListWhoReadAPersonsDataAsJsonAndAsDefusedCsvPageByPage() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа журнала чтений");
		String student = student(desk, LocalDate.of(2015, 3, 8));
		String guardian = guardian(desk);
		represent(desk, guardian, student);
		String application = created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", guardian)));

		assertThat(api().get("/api/identity/applications/" + application, desk.admin()).status()).isEqualTo(200);
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/applications", desk.admin()).status()).isEqualTo(200);
		assertThat(api().getBytes("/api/identity/persons/" + guardian + "/application-form", desk.admin()).status()).isEqualTo(200);
		codeFromLetter(desk.admin(), application);
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/guardians-without-consent", region).status())
			.isEqualTo(200);
		issueAccount(desk, student, "Holder-pass-12");
		assertThat(api().get("/api/identity/persons/" + student + "/account", desk.admin()).status()).isEqualTo(200);

		String reads = "/api/identity/schools/" + desk.schoolId() + "/reads?personId=";
		Response first = api().get(reads + guardian + "&limit=3", desk.admin());
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		first.json().get("items").forEach(items::add);
		assertThat(items).extracting(i -> i.get("what").asString()).containsExactly("application", "applications", "application-form");
		assertThat(items).allSatisfy(i -> {
			assertThat(i.get("reader").asString()).isEqualTo(desk.adminId());
			assertThat(i.get("roles").asString()).contains("school-admin");
			assertThat(i.get("clientId").asString()).isEqualTo("ejd-cli");
		});
		Response second = api().get(reads + guardian + "&limit=3&cursor=" + first.json().get("nextCursor").asString(), desk.admin());
		List<JsonNode> rest = new ArrayList<>();
		second.json().get("items").forEach(rest::add);
		assertThat(rest).extracting(i -> i.get("what").asString()).containsExactly("code-letter", "guardians-without-consent");
		assertThat(rest.get(1).get("roles").asString()).as("the region operator's list").contains("region-operator");
		assertThat(second.json().get("nextCursor").isNull()).isTrue();
		assertThat(values(api().get(reads + student, desk.admin()).json().get("items")))
			.as("the printed form names the child; the account read").containsExactly("application-form", "account");

		identityDb.sql("insert into read_audit (read_at, reader, client_id, roles, student_id, what) values (now(), ?, ?, ?, ?, ?)")
			.params("=HYPERLINK(\"http://evil\")", "@client", "school-admin", java.util.UUID.fromString(guardian), "-account").update();
		Response csv = api().send("GET", reads + guardian, desk.admin(), null, Map.of("Accept", "text/csv"));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains("\"read_at\",\"reader\",\"client_id\",\"roles\",\"what\"", "\"" + desk.adminId() + "\"",
				"\"code-letter\"", "'=HYPERLINK", "\"'@client\"", "\"'-account\"");
		assertThat(csv.body()).doesNotContain(",\"=HYPERLINK", ",\"@client", ",\"-account");
		assertThat(api().send("GET", reads + guardian + "&limit=2", desk.admin(), null, Map.of("Accept", "text/csv")).headers()
			.get("link")).contains("rel=\"next\"", "cursor=");

		Response byRegion = api().get(reads + guardian, regionOperatorToken());
		assertThat(byRegion.status()).as("an operator of the school's region").isEqualTo(200);
		assertThat(byRegion.json().get("items").size()).isEqualTo(6);
		assertThat(api().get(reads + guardian, regionOperatorToken("77")).status()).as("another region's operator").isEqualTo(403);
		Desk other = newSchool(region, "Другая школа журнала чтений");
		assertThat(api().get(reads + guardian, other.admin()).status()).as("another school's admin").isEqualTo(403);
		assertThat(api().get("/api/identity/schools/" + other.schoolId() + "/reads?personId=" + guardian, other.admin()).status())
			.as("a person not of the admin's school").isEqualTo(404);
		String teacher = created(api().post("/api/identity/schools/" + desk.schoolId() + "/staff", desk.admin(),
				Map.of("lastName", "Сидорова", "firstName", "Ольга", "roles", List.of("teacher"))));
		String teacherLogin = issueAccount(desk, teacher, "Teacher-pass-1");
		assertThat(api().get(reads + guardian, login(teacherLogin, "Teacher-pass-1")).status()).as("a teacher").isEqualTo(403);
		assertThat(api().get(reads + guardian + "&limit=500", desk.admin()).status()).as("the limit is capped").isEqualTo(400);
		assertThat(api().get(reads + guardian + "&from=2024-01-01&to=2026-01-01", desk.admin()).json().get("detail").asString())
			.contains("400 дней");
	}

	@Test
	void aKeptReadCanNeitherBeChangedNorDeleted() {
		Desk desk = newSchool(regionOperatorToken(), "Школа неизменного журнала");
		String guardian = guardian(desk);
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/guardians-without-consent", desk.admin()).status())
			.isEqualTo(200);
		java.util.UUID whose = java.util.UUID.fromString(guardian);
		List<String> before = identityDb.sql("select reader || what from read_audit where student_id = ?").param(whose)
			.query(String.class).list();
		assertThat(before).hasSize(1);

		identityDb.sql("update read_audit set reader = 'nobody' where student_id = ?").param(whose).update();
		identityDb.sql("delete from read_audit where student_id = ?").param(whose).update();

		assertThat(identityDb.sql("select reader || what from read_audit where student_id = ?").param(whose).query(String.class)
			.list()).isEqualTo(before);
	}

	private static List<String> values(JsonNode items) {
		List<String> whats = new ArrayList<>();
		items.forEach(i -> whats.add(i.get("what").asString()));
		return whats;
	}
}
