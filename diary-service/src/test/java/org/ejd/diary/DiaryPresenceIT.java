package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** D14: the family and the school's staff see when the student arrived at school and left it, per day. */
class DiaryPresenceIT extends DiaryIT {

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	/** Two school days in the past, in Moscow: 08:41 in, 14:05 out; a day with an entry only. */
	final LocalDate monday = LocalDate.of(2026, 11, 23);

	@Test
	void theFamilyAndTheSchoolSeeArrivalAndLeavingPerDayInTheSchoolsTime() {
		send("identity.schools.v1", school.toString(), Envelopes.envelope("/ejd/identity-service", "identity.school.registered",
				school.toString(), school, 1, Map.of("schoolId", school, "name", "МБОУ «Школа № 7»", "regionCode", "51",
						"municipality", "ЗАТО г. Североморск", "timeZone", "Europe/Moscow")));
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
		UUID entry = pass("entry", "2026-11-23T05:41:00Z", monday, "Главный вход");
		pass("exit", "2026-11-23T08:30:00Z", monday, null);
		pass("entry", "2026-11-23T08:50:00Z", monday, null); // out for lunch and back
		pass("exit", "2026-11-23T11:05:00Z", monday, "Главный вход");
		pass("entry", "2026-11-24T05:55:00Z", monday.plusDays(1), null);
		resend(entry, "entry", "2026-11-23T05:41:00Z", monday, "Главный вход");

		String guardianToken = token("guardian", guardian, school);
		String query = "/api/diary/students/" + student + "/presence?from=" + monday + "&to=" + monday.plusDays(4);
		Response days = Eventually.until(() -> api().get(query, guardianToken),
				r -> r.status() == 200 && r.json().size() == 2 && r.json().get(1).get("passes").size() == 4, Duration.ofSeconds(30));
		JsonNode tuesday = days.json().get(0);
		assertThat(tuesday.get("day").asString()).isEqualTo("2026-11-24");
		assertThat(tuesday.get("arrivedAt").asString()).isEqualTo("2026-11-24T08:55:00+03:00");
		assertThat(tuesday.get("leftAt").isNull()).as("no exit seen that day").isTrue();
		JsonNode mon = days.json().get(1);
		assertThat(mon.get("arrivedAt").asString()).as("the first entry, in the school's time").isEqualTo("2026-11-23T08:41:00+03:00");
		assertThat(mon.get("leftAt").asString()).as("the last exit").isEqualTo("2026-11-23T14:05:00+03:00");
		assertThat(mon.get("passes").get(0).get("point").asString()).isEqualTo("Главный вход");
		assertThat(mon.get("passes").size()).as("a pass delivered twice is kept once").isEqualTo(4);

		assertThat(api().get(query, token("student", student, school)).json().size()).as("the student reads their own").isEqualTo(2);
		assertThat(api().get(query, token("teacher", UUID.randomUUID(), school)).json().size()).as("the school's staff").isEqualTo(2);
		assertThat(api().get(query, token("school-admin", UUID.randomUUID(), school)).status()).isEqualTo(200);
		assertThat(api().get(query, token("guardian", UUID.randomUUID(), school)).status()).as("another family").isEqualTo(404);
		assertThat(api().get(query, token("teacher", UUID.randomUUID(), UUID.randomUUID())).status()).as("another school's staff")
			.isEqualTo(404);
		Response oneDate = api().get("/api/diary/students/" + student + "/presence?from=" + monday, guardianToken);
		assertThat(oneDate.status()).isEqualTo(400);
		assertThat(oneDate.json().get("detail").asString()).contains("обе даты");
		assertThat(api().get("/api/diary/students/" + student + "/presence?from=2025-01-01&to=2026-11-30", guardianToken).status())
			.as("a span over 400 days").isEqualTo(400);
		assertThat(api().get("/api/diary/students/" + student + "/presence", guardianToken).status()).as("the last week").isEqualTo(200);

		Response export = api().get("/api/diary/students/" + student + "/export", guardianToken);
		assertThat(export.json().get("presence").size()).as("152-FZ: the family's export lists every pass").isEqualTo(5);
		assertThat(export.json().get("presence").get(0).get("point").asString()).isEqualTo("Главный вход");
	}

	private UUID pass(String direction, String at, LocalDate day, String point) {
		UUID id = UUID.randomUUID();
		resend(id, direction, at, day, point);
		return id;
	}

	private void resend(UUID id, String direction, String at, LocalDate day, String point) {
		Map<String, Object> data = new HashMap<>(Map.of("passId", id, "schoolId", school, "studentId", student, "direction", direction,
				"passedAt", Instant.parse(at).toString(), "day", day.toString(), "device", "ejd-access-control"));
		if (point != null) {
			data.put("point", point);
		}
		// a redelivery is a new envelope of the same fact (the outbox may publish twice): the pass id decides
		send("journal.presence.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.school-pass.recorded",
				id.toString(), school, 1, data));
	}
}
