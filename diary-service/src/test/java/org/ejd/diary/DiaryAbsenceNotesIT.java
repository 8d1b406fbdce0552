package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A family sees its absence notes in the diary with the class teacher's decision, whatever order the journal's events come in. */
class DiaryAbsenceNotesIT extends DiaryIT {

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID mother = UUID.randomUUID();

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));

	@Test
	void theMotherSeesHerNotesAcceptedOrDeclinedWithTheReasonAndNobodyElseDoes() {
		send("identity.schools.v1", school.toString(), Envelopes.envelope("/ejd/identity-service", "identity.school.registered",
				school.toString(), school, 1, Map.of("schoolId", school, "name", "МБОУ «Школа № 7»", "regionCode", "77",
						"municipality", "г. Москва", "timeZone", "Europe/Moscow")));
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(mother, student, school));
		UUID declined = UUID.randomUUID();
		UUID accepted = UUID.randomUUID();
		// the decision first: the outbox promises no order on the wire
		send("journal.absences.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.absence-note.declined",
				declined.toString(), school, 2, Map.of("noteId", declined, "schoolId", school, "studentId", student, "from",
						today.plusDays(3).toString(), "to", today.plusDays(3).toString(), "decidedBy", UUID.randomUUID(), "decidedAt",
						Instant.now().toString(), "reason", "В этот день контрольная")));
		send("journal.absences.v1", student.toString(), filed(declined, "planned", today.plusDays(3), List.of(3, 4), "Приём у врача"));
		send("journal.absences.v1", student.toString(), filed(accepted, "excuse", today.minusDays(1), null, "Болел"));
		send("journal.absences.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.absence-note.accepted",
				accepted.toString(), school, 2, Map.of("noteId", accepted, "schoolId", school, "studentId", student, "from",
						today.minusDays(1).toString(), "to", today.minusDays(1).toString(), "decidedBy", UUID.randomUUID(), "decidedAt",
						Instant.now().toString(), "excusedLessons", 5)));

		String motherToken = token("guardian", mother, school);
		String path = "/api/diary/students/" + student + "/absence-notes";
		Response notes = Eventually.until(() -> api().get(path, motherToken),
				r -> r.status() == 200 && r.json().size() == 2 && r.body().contains("accepted") && r.body().contains("Приём у врача"),
				Duration.ofSeconds(30));
		JsonNode planned = notes.json().get(0);
		assertThat(planned.get("status").asString()).as("a late filing does not undo the decision").isEqualTo("declined");
		assertThat(planned.get("decisionReason").asString()).isEqualTo("В этот день контрольная");
		assertThat(planned.get("lessonNumbers").toString()).isEqualTo("[3,4]");
		JsonNode excuse = notes.json().get(1);
		assertThat(excuse.get("status").asString()).isEqualTo("accepted");
		assertThat(excuse.get("excusedLessons").asInt()).isEqualTo(5);
		assertThat(excuse.get("kind").asString()).isEqualTo("excuse");

		assertThat(api().get(path, token("guardian", UUID.randomUUID(), school)).status()).as("another family").isEqualTo(404);
		assertThat(api().get(path, token("teacher", UUID.randomUUID(), school)).status()).as("not the diary's reader").isEqualTo(404);
	}

	private String filed(UUID note, String kind, LocalDate day, List<Integer> lessons, String reason) {
		Map<String, Object> data = new java.util.HashMap<>(Map.of("noteId", note, "schoolId", school, "studentId", student, "classGroupId",
				UUID.randomUUID(), "kind", kind, "from", day.toString(), "to", day.toString(), "reason", reason, "filedBy", mother,
				"filedAt", Instant.now().toString()));
		if (lessons != null) {
			data.put("lessonNumbers", lessons);
		}
		return Envelopes.envelope("/ejd/journal-service", "journal.absence-note.filed", note.toString(), school, 1, data);
	}
}
