package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 18: every read of a person's consent data is kept in {@code read_audit} (platform), for that person; the school's
 * admin and its region's operator list them, page by page, as JSON and as CSV; the rows cannot be changed or removed.
 */
class ReadAuditIT extends ConsentIT {

	@Test
	void theSchoolAdminAndTheRegionOperatorListWhoReadAPersonsConsentDataAsJsonAndAsDefusedCsvPageByPage() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		String mother = token("guardian", guardian, school.id());
		assertThat(api().post(PERSONS + student + "/consents", mother, consent("given")).status()).isEqualTo(201);

		assertThat(api().get(PERSONS + student + "/consent", mother).status()).isEqualTo(200);
		assertThat(api().get(PERSONS + student + "/consents/history", mother).status()).isEqualTo(200);
		assertThat(api().get(PERSONS + student + "/delivery-form", mother).status()).isEqualTo(200);
		assertThat(api().get(PERSONS + guardian + "/students/" + student + "/preferences", mother).status()).isEqualTo(200);
		assertThat(api().get(PERSONS + student + "/contacts", school.adminToken()).status()).isEqualTo(200);
		assertThat(api().get("/api/consent/schools/" + school.id() + "/consents/history", school.adminToken()).status())
			.isEqualTo(200);

		String reads = "/api/consent/schools/" + school.id() + "/reads?personId=" + student;
		Response first = api().get(reads + "&limit=4", school.adminToken());
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		JsonNode items = first.json().get("items");
		assertThat(values(items, "what")).containsExactly("consent", "consent-history", "delivery-form", "preferences");
		assertThat(items.get(0).get("reader").asString()).isEqualTo(guardian.toString());
		assertThat(items.get(0).get("roles").asString()).contains("guardian");
		assertThat(items.get(0).get("clientId").asString()).isEqualTo("ejd-cli");
		assertThat(items.get(0).get("readAt").asString()).isNotBlank();
		Response second = api().get(reads + "&limit=4&cursor=" + first.json().get("nextCursor").asString(), school.adminToken());
		assertThat(values(second.json().get("items"), "what")).as("the admin's reads: the contacts, the school's history export")
			.containsExactly("contacts", "consent-history-of-school");
		assertThat(second.json().get("items").get(1).get("reader").asString()).isEqualTo(school.adminId().toString());
		assertThat(second.json().get("items").get(1).get("roles").asString()).contains("school-admin");
		assertThat(second.json().get("nextCursor").isNull()).isTrue();
		assertThat(values(api().get("/api/consent/schools/" + school.id() + "/reads?personId=" + guardian, school.adminToken())
			.json().get("items"), "what")).as("the guardian's own part: the preferences they read").containsExactly("preferences");
		assertThat(jdbc.sql("select count(*) from read_audit where student_id = ?").param(school.id()).query(Long.class).single())
			.as("the school export is a read of each person in it, never of the school").isZero();

		// a reader's name is whatever the token says: a formula in it must reach a spreadsheet as text
		jdbc.sql("insert into read_audit (read_at, reader, client_id, roles, student_id, what) values (now(), ?, ?, ?, ?, ?)")
			.params("=HYPERLINK(\"http://evil\")", "@client", "guardian", student, "+consent").update();
		Response csv = api().send("GET", reads, school.adminToken(), null, Map.of("Accept", "text/csv"));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains("\"read_at\",\"reader\",\"client_id\",\"roles\",\"what\"", "\"" + guardian + "\"",
				"\"consent-history\"", "'=HYPERLINK", "\"'@client\"", "\"'+consent\"");
		assertThat(csv.body()).doesNotContain(",\"=HYPERLINK", ",\"@client");
		Response csvPage = api().send("GET", reads + "&limit=2", school.adminToken(), null, Map.of("Accept", "text/csv"));
		assertThat(csvPage.headers().get("link")).as("the next page's cursor of a CSV page").contains("rel=\"next\"", "cursor=");

		Response region = api().get(reads, regionToken("51"));
		assertThat(region.status()).as("the region operator of the school's region").isEqualTo(200);
		assertThat(region.json().get("items").size()).isEqualTo(7);
		assertThat(api().get(reads, regionToken("77")).status()).as("another region's operator").isEqualTo(403);
		assertThat(api().get(reads, token("school-admin", UUID.randomUUID(), UUID.randomUUID())).status())
			.as("another school's admin").isEqualTo(403);
		assertThat(api().get(reads, token("teacher", UUID.randomUUID(), school.id())).status()).as("a teacher").isEqualTo(403);
		assertThat(api().get(reads, mother).status()).as("the family").isEqualTo(403);
		School other = school();
		assertThat(api().get("/api/consent/schools/" + other.id() + "/reads?personId=" + student, other.adminToken()).status())
			.as("a person not of the admin's school").isEqualTo(404);
		assertThat(api().get(reads + "&limit=500", school.adminToken()).status()).as("the limit is capped").isEqualTo(400);
		Response longSpan = api().get(reads + "&from=2024-01-01&to=2026-01-01", school.adminToken());
		assertThat(longSpan.status()).isEqualTo(400);
		assertThat(longSpan.json().get("detail").asString()).contains("400 дней");
		assertThat(api().get(reads + "&cursor=bm90LWEtY3Vyc29y", school.adminToken()).status()).as("a damaged cursor").isEqualTo(400);
	}

	@Test
	void aKeptReadCanNeitherBeChangedNorDeleted() {
		School school = school();
		UUID student = student(school, minor());
		assertThat(api().get(PERSONS + student + "/consent", school.adminToken()).status()).isEqualTo(200);
		List<String> before = jdbc.sql("select reader || what from read_audit where student_id = ?").param(student)
			.query(String.class).list();
		assertThat(before).hasSize(1);

		jdbc.sql("update read_audit set reader = 'nobody', what = 'nothing' where student_id = ?").param(student).update();
		jdbc.sql("delete from read_audit where student_id = ?").param(student).update();

		assertThat(jdbc.sql("select reader || what from read_audit where student_id = ?").param(student).query(String.class).list())
			.isEqualTo(before);
	}
}
