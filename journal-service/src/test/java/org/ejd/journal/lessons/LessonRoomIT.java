package org.ejd.journal.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LessonRoomIT extends JournalIT {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aLessonGeneratedFromTheTimetableIsInItsSlotsRoomUntilTheTeacherMovesItAndTheDiaryIsToldEachTime() {
		School school = school();
		LocalDate monday = today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		Response week = api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/timetable", school.adminToken(),
				Map.of("validFrom", monday, "entries", List.of(Map.of("weekday", 1, "periodNo", 1, "subjectId", school.subjectId(),
						"teacherId", school.teacherId(), "room", "  214 "))), Map.of());
		assertThat(week.status()).as(week.toString()).isEqualTo(200);
		assertThat(week.json().get(0).get("room").asString()).as("trimmed").isEqualTo("214");
		api().post("/api/journal/class-groups/" + school.classGroupId() + "/timetable/lessons", school.adminToken(),
				Map.of("from", monday, "to", monday));
		JsonNode lesson = api().get("/api/journal/class-groups/" + school.classGroupId() + "/lessons?from=" + monday + "&to=" + monday,
				school.teacherToken()).json().get(0);
		String id = lesson.get("id").asString();
		assertThat(lesson.get("room").asString()).isEqualTo("214");
		JsonNode generated = data(EventProbe.await("journal.lessons.v1", r -> r.value().contains(id), Duration.ofSeconds(30)));
		assertThat(generated.get("room").asString()).isEqualTo("214");

		Response moved = api().send("PUT", "/api/journal/lessons/" + id + "/room", school.teacherToken(), Map.of("room", "Спортзал"),
				Map.of());
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		assertThat(moved.json().get("room").asString()).isEqualTo("Спортзал");
		assertThat(moved.json().get("version").asLong()).isEqualTo(lesson.get("version").asLong() + 1);
		ConsumerRecord<String, String> event = EventProbe.await("journal.lessons.v1",
				r -> r.value().contains(id) && r.value().contains("Спортзал"), Duration.ofSeconds(30));
		new EventContracts().validate("journal.lessons.v1", json.readTree(event.value()));
		assertThat(json.readTree(event.value()).get("version").asLong()).as("a higher version replaces the slot's room in the diary")
			.isEqualTo(lesson.get("version").asLong() + 1);
		assertThat(api().get("/api/journal/lessons/" + id, school.teacherToken()).json().get("room").asString()).isEqualTo("Спортзал");
	}

	@Test
	void aRoomLongerThan32CharactersIsRefusedWithAReasonAndNothingChanges() {
		School school = school();
		String id = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 7, "room", "301")).json().get("id").asString();
		String tooLong = "Кабинет информатики и робототехники";
		Response refused = api().send("PUT", "/api/journal/lessons/" + id + "/room", school.teacherToken(), Map.of("room", tooLong),
				Map.of());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).isEqualTo("Кабинет указывается не длиннее 32 символов.");
		Response kept = api().get("/api/journal/lessons/" + id, school.teacherToken());
		assertThat(kept.json().get("room").asString()).isEqualTo("301");
		assertThat(kept.json().get("version").asLong()).isEqualTo(1);

		Response slot = api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/timetable", school.adminToken(),
				Map.of("validFrom", today(), "entries", List.of(Map.of("weekday", 2, "periodNo", 1, "subjectId", school.subjectId(),
						"teacherId", school.teacherId(), "room", tooLong))), Map.of());
		assertThat(slot.status()).isEqualTo(400);
		assertThat(slot.json().get("errors").toString()).contains("entries[0].room").contains("не длиннее 32 символов");
		assertThat(api().get("/api/journal/class-groups/" + school.classGroupId() + "/timetable?date=" + today(),
				school.adminToken()).json().size()).as("no partial write").isZero();

		String stranger = user(List.of("teacher"), java.util.UUID.randomUUID(), school.id());
		assertThat(api().send("PUT", "/api/journal/lessons/" + id + "/room", stranger, Map.of("room", "1"), Map.of()).status())
			.as("only the lesson's teacher or the administration").isEqualTo(403);
	}

	@Test
	void aRoomPaddedWithSpacesPastItsDocumentedLengthIsRefusedAsSentInRussianOrEnglish() {
		School school = school();
		String id = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 6, "room", "301")).json().get("id").asString();
		String padded = "   Спортзал" + " ".repeat(30); // 41 characters sent, 8 once trimmed: maxLength 32 counts what is sent
		Response russian = api().send("PUT", "/api/journal/lessons/" + id + "/room", school.teacherToken(), Map.of("room", padded),
				Map.of());
		assertThat(russian.status()).as(russian.toString()).isEqualTo(400);
		assertThat(russian.isProblem()).isTrue();
		assertThat(russian.json().get("detail").asString()).isEqualTo("Кабинет указывается не длиннее 32 символов.");
		Response english = api().send("PUT", "/api/journal/lessons/" + id + "/room", school.teacherToken(), Map.of("room", padded),
				Map.of("Accept-Language", "en"));
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.json().get("detail").asString()).isEqualTo("A room name is at most 32 characters long.");
		Response kept = api().get("/api/journal/lessons/" + id, school.teacherToken());
		assertThat(kept.json().get("room").asString()).isEqualTo("301");
		assertThat(kept.json().get("version").asLong()).as("nothing refused was written").isEqualTo(1);

		Response slot = api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/timetable", school.adminToken(),
				Map.of("validFrom", today(), "entries", List.of(Map.of("weekday", 3, "periodNo", 1, "subjectId", school.subjectId(),
						"teacherId", school.teacherId(), "room", padded))), Map.of("Accept-Language", "en"));
		assertThat(slot.status()).isEqualTo(400);
		assertThat(slot.json().get("errors").toString()).contains("entries[0].room").contains("at most 32 characters");
	}

	private JsonNode data(ConsumerRecord<String, String> event) {
		return json.readTree(event.value()).get("data");
	}
}
