package org.ejd.journal.absences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A guardian's absence notes: filed with a paper, decided by the class teacher; accepted, the absences become excused. */
class AbsenceNotesIT extends JournalIT {

	private static final String PDF = "%PDF-1.4 справка № 17";

	private final EventContracts contracts = new EventContracts();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theMotherExcusesYesterdaysAbsenceWithACertificateAndTheClassTeacherAcceptsItSoTheLessonBecomesExcused() {
		Family f = family();
		String lesson = lesson(f.school(), 2);
		takeAbsent(f.school(), lesson);

		Response filed = f.fileNote(Map.of("kind", "excuse", "from", today().toString(), "to", today().toString(),
				"reason", "Болел, справка из поликлиники"));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		assertThat(filed.json().get("status").asString()).isEqualTo("filed");
		assertThat(filed.json().get("classGroupId").asString()).isEqualTo(f.school().classGroupId().toString());
		String note = filed.json().get("id").asString();
		Response attached = api().send("PUT", "/api/journal/absence-notes/" + note + "/file?file=spravka.pdf", f.guardian(), PDF,
				Map.of("Content-Type", "application/pdf"));
		assertThat(attached.status()).as(attached.toString()).isEqualTo(204);

		Response pending = api().get("/api/journal/class-groups/" + f.school().classGroupId() + "/absence-notes", f.classTeacher());
		assertThat(pending.status()).isEqualTo(200);
		assertThat(pending.json().size()).isEqualTo(1);
		assertThat(pending.json().get(0).get("file").get("fileName").asString()).isEqualTo("spravka.pdf");

		Response accepted = api().post("/api/journal/absence-notes/" + note + "/decision", f.classTeacher(), Map.of("decision", "accept"));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		assertThat(accepted.json().get("excusedLessons").toString()).contains(lesson);
		JsonNode after = accepted.json().get("note");
		assertThat(after.get("status").asString()).isEqualTo("accepted");
		assertThat(after.get("history").findValuesAsString("action")).containsExactly("filed", "file-attached", "accepted", "excused");

		Response attendance = api().get("/api/journal/lessons/" + lesson + "/attendance", f.school().teacherToken());
		assertThat(attendance.json().get(0).get("status").asString()).isEqualTo("EXCUSED");
		assertThat(attendance.json().get(0).get("reason").asString()).isEqualTo("Болел, справка из поликлиники");
		var event = EventProbe.await("journal.attendance.v1", r -> r.value().contains(lesson) && r.value().contains("\"excused\""),
				Duration.ofSeconds(30));
		contracts.validate("journal.attendance.v1", json.readTree(event.value()));
		assertThat(event.value()).contains("Болел, справка из поликлиники");

		Response file = api().get("/api/journal/absence-notes/" + note + "/file", f.classTeacher());
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.body()).startsWith("%PDF");
		assertThat(api().post("/api/journal/absence-notes/" + note + "/decision", f.classTeacher(),
				Map.of("decision", "decline", "reason", "Передумал")).status()).as("a decision is final").isEqualTo(409);
		assertThat(api().get("/api/journal/students/" + f.school().studentId() + "/absence-notes", f.guardian()).json().get(0)
			.get("status").asString()).as("the history stays with the family").isEqualTo("accepted");

		var filedEvent = EventProbe.await("journal.absences.v1", r -> r.value().contains(note)
				&& r.value().contains("journal.absence-note.filed"), Duration.ofSeconds(30));
		contracts.validate("journal.absences.v1", json.readTree(filedEvent.value()));
		assertThat(filedEvent.key()).as("keyed by student").isEqualTo(f.school().studentId().toString());
		assertThat(filedEvent.value()).contains("\"kind\":\"excuse\"", "Болел, справка из поликлиники");
		var acceptedEvent = EventProbe.await("journal.absences.v1", r -> r.value().contains(note)
				&& r.value().contains("journal.absence-note.accepted"), Duration.ofSeconds(30));
		JsonNode acceptedEnvelope = json.readTree(acceptedEvent.value());
		contracts.validate("journal.absences.v1", acceptedEnvelope);
		assertThat(acceptedEnvelope.get("version").asLong()).isEqualTo(2);
		assertThat(acceptedEnvelope.get("data").get("excusedLessons").asInt()).isEqualTo(1);

		var appointed = EventProbe.await("journal.teaching.v1", r -> r.value().contains("journal.class-teacher.appointed")
				&& r.value().contains(f.school().classGroupId().toString()), Duration.ofSeconds(30));
		JsonNode appointment = json.readTree(appointed.value());
		contracts.validate("journal.teaching.v1", appointment);
		assertThat(appointment.get("data").get("teacherId").asString()).as("the class teacher, published")
			.isEqualTo(f.school().teacherId().toString());
	}

	@Test
	void anAcceptedPlannedAbsenceExcusesTheNamedLessonsWhenTheTeacherTakesAttendanceAndNoOthers() {
		Family f = family();
		String note = f.fileNote(Map.of("kind", "planned", "from", today().toString(), "to", today().plusDays(2).toString(),
				"lessons", List.of(3), "reason", "Соревнования по лыжам")).json().get("id").asString();
		Response accepted = api().post("/api/journal/absence-notes/" + note + "/decision", f.classTeacher(), Map.of("decision", "accept"));
		assertThat(accepted.json().get("excusedLessons").size()).as("nothing taken yet").isZero();

		String third = lesson(f.school(), 3);
		String fourth = lesson(f.school(), 4);
		takeAbsent(f.school(), third);
		takeAbsent(f.school(), fourth);
		JsonNode thirdRow = api().get("/api/journal/lessons/" + third + "/attendance", f.school().teacherToken()).json().get(0);
		assertThat(thirdRow.get("status").asString()).isEqualTo("EXCUSED");
		assertThat(thirdRow.get("reason").asString()).isEqualTo("Соревнования по лыжам");
		assertThat(api().get("/api/journal/lessons/" + fourth + "/attendance", f.school().teacherToken()).json().get(0)
			.get("status").asString()).as("lesson 4 is not in the note").isEqualTo("ABSENT");
	}

	@Test
	void onlyTheStudentsGuardianFilesAndOnlyTheClassTeacherDecides() {
		Family f = family();
		String note = f.fileNote(Map.of("kind", "planned", "from", today().plusDays(1).toString(), "to", today().plusDays(1).toString(),
				"reason", "Семейные обстоятельства")).json().get("id").asString();
		String otherGuardian = user(List.of("guardian"), UUID.randomUUID(), f.school().id());
		String otherAdmin = user(List.of("school-admin"), UUID.randomUUID(), UUID.randomUUID());
		String path = "/api/journal/students/" + f.school().studentId() + "/absence-notes";
		Map<String, Object> body = Map.of("kind", "planned", "from", today().plusDays(1).toString(), "to",
				today().plusDays(1).toString(), "reason", "Семейные обстоятельства");

		assertThat(api().post(path, otherGuardian, body).status()).as("a guardian of another child").isEqualTo(404);
		assertThat(api().get(path, otherGuardian).status()).isEqualTo(404);
		assertThat(api().get("/api/journal/absence-notes/" + note, otherGuardian).status()).isEqualTo(404);
		assertThat(api().post(path, f.school().teacherToken(), body).status()).as("a teacher files nothing").isEqualTo(404);
		String decision = "/api/journal/absence-notes/" + note + "/decision";
		assertThat(api().post(decision, f.school().teacherToken(), Map.of("decision", "accept")).status())
			.as("a teacher who is not the class teacher").isEqualTo(404);
		assertThat(api().post(decision, otherAdmin, Map.of("decision", "accept")).status()).as("an admin of another school")
			.isEqualTo(404);
		assertThat(api().get("/api/journal/absence-notes/" + note, otherAdmin).status()).isEqualTo(404);
		Response admin = api().post(decision, f.school().adminToken(), Map.of("decision", "accept"));
		assertThat(admin.status()).as("the school's admin reads but does not decide").isEqualTo(403);
		assertThat(admin.json().get("detail").asString()).contains("классный руководитель");
		assertThat(api().post(decision, f.guardian(), Map.of("decision", "accept")).status()).isEqualTo(403);
		assertThat(api().send("PUT", "/api/journal/absence-notes/" + note + "/file?file=a.pdf", otherGuardian, PDF,
				Map.of("Content-Type", "application/pdf")).status()).isEqualTo(404);

		Response noReason = api().post(decision, f.classTeacher(), Map.of("decision", "decline"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("detail").asString()).contains("причину отказа");
		Response declined = api().post(decision, f.classTeacher(), Map.of("decision", "decline", "reason", "Нет подтверждения"));
		assertThat(declined.status()).isEqualTo(200);
		assertThat(declined.json().get("note").get("status").asString()).isEqualTo("declined");
		assertThat(declined.json().get("note").get("decisionReason").asString()).isEqualTo("Нет подтверждения");
		var declinedEvent = EventProbe.await("journal.absences.v1", r -> r.value().contains(note)
				&& r.value().contains("journal.absence-note.declined"), Duration.ofSeconds(30));
		contracts.validate("journal.absences.v1", json.readTree(declinedEvent.value()));
		assertThat(declinedEvent.value()).contains("Нет подтверждения");
	}

	@Test
	void badInputIsA4xxInRussianAndFilesNothing() {
		Family f = family();
		Response past = f.fileNote(Map.of("kind", "planned", "from", today().minusDays(1).toString(), "to", today().toString(),
				"reason", "Поездка"));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.contentType()).startsWith("application/problem+json");
		assertThat(past.json().get("detail").asString()).contains("объяснение");
		assertThat(f.fileNote(Map.of("kind", "planned", "from", today().toString(), "to", today().plusDays(40).toString(),
				"reason", "Поездка")).status()).as("over 31 days").isEqualTo(400);
		assertThat(f.fileNote(Map.of("from", today().toString(), "to", today().toString(), "reason", "Поездка")).json().get("detail")
			.asString()).contains("Вид заявления");
		assertThat(f.fileNote(Map.of("kind", "planned", "from", today().toString(), "to", today().toString(), "reason", " ")).status())
			.isEqualTo(400);
		assertThat(f.fileNote(Map.of("kind", "planned", "from", today().toString(), "to", today().toString(), "lessons", List.of(13),
				"reason", "Поездка")).status()).isEqualTo(400);
		assertThat(f.fileNote(Map.of("kind", "excuse", "from", today().plusDays(1).toString(), "to", today().plusDays(1).toString(),
				"reason", "Поездка")).status()).as("an excuse of what has not happened").isEqualTo(400);
		assertThat(api().get("/api/journal/students/" + f.school().studentId() + "/absence-notes", f.guardian()).json().size())
			.as("nothing filed").isZero();

		String note = f.fileNote(Map.of("kind", "planned", "from", today().toString(), "to", today().toString(), "reason", "Поездка"))
			.json().get("id").asString();
		Response program = api().send("PUT", "/api/journal/absence-notes/" + note + "/file?file=spravka.pdf", f.guardian(),
				"GIF89a a picture", Map.of("Content-Type", "application/pdf"));
		assertThat(program.status()).as("a picture declared a PDF").isEqualTo(415);
		assertThat(api().send("PUT", "/api/journal/absence-notes/" + note + "/file?file=x.exe", f.guardian(), PDF,
				Map.of("Content-Type", "application/x-msdownload")).status()).isEqualTo(415);
		assertThat(api().get("/api/journal/absence-notes/" + note, f.guardian()).json().get("file").isNull()).isTrue();
	}

	/** A school with its class teacher and a mother representing the enrolled student. */
	private Family family() {
		School school = school();
		UUID guardianId = UUID.randomUUID();
		UUID representation = UUID.randomUUID();
		publish("identity.representations.v1", "identity.representation.established", school.studentId(), school.id(),
				Map.of("representationId", representation, "guardianId", guardianId, "studentId", school.studentId(), "basis", "parent",
						"validFrom", "2020-09-01"));
		Eventually.until(() -> api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/class-teacher",
				school.adminToken(), Map.of("teacherId", school.teacherId()), Map.of()), r -> r.status() == 204, Duration.ofSeconds(30));
		String classTeacher = user(List.of("teacher", "class-teacher"), school.teacherId(), school.id());
		String guardian = user(List.of("guardian"), guardianId, school.id());
		Eventually.until(() -> api().get("/api/journal/students/" + school.studentId() + "/absence-notes", guardian),
				r -> r.status() == 200, Duration.ofSeconds(30));
		return new Family(school, guardian, classTeacher, api());
	}

	private String lesson(School school, int periodNo) {
		Response lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", periodNo));
		assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
		return lesson.json().get("id").asString();
	}

	private void takeAbsent(School school, String lesson) {
		Response taken = api().send("PUT", "/api/journal/lessons/" + lesson + "/attendance", school.teacherToken(),
				Map.of("entries", List.of(Map.of("studentId", school.studentId(), "status", "absent"))), Map.of());
		assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
	}

	private record Family(School school, String guardian, String classTeacher, ApiClient api) {

		Response fileNote(Map<String, ?> note) {
			return api.post("/api/journal/students/" + school.studentId() + "/absence-notes", guardian, note);
		}
	}
}
