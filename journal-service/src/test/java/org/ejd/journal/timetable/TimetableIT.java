package org.ejd.journal.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class TimetableIT extends JournalIT {

	@Test
	void theWeeklyTemplateGeneratesLessonsSkippingHolidaysAndNeverTwice() {
		School school = school();
		LocalDate monday = today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		Response week = api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/timetable", school.adminToken(),
				Map.of("validFrom", monday, "entries", List.of(
						Map.of("weekday", 1, "periodNo", 1, "subjectId", school.subjectId(), "teacherId", school.teacherId()),
						Map.of("weekday", 3, "periodNo", 2, "subjectId", school.subjectId(), "teacherId", school.teacherId()))),
				Map.of());
		assertThat(week.status()).as(week.toString()).isEqualTo(200);
		assertThat(week.json().size()).isEqualTo(2);
		assertThat(api().post("/api/journal/schools/" + school.id() + "/holidays", school.adminToken(), Map.of("name",
				"Осенние каникулы", "startDate", monday.plusDays(9), "endDate", monday.plusDays(9))).status()).isEqualTo(201);

		Map<String, LocalDate> span = Map.of("from", monday, "to", monday.plusDays(13));
		Response generated = api().post("/api/journal/class-groups/" + school.classGroupId() + "/timetable/lessons",
				school.adminToken(), span);
		assertThat(generated.json().get("created").asInt()).as("4 slots in two weeks, one on a holiday").isEqualTo(3);
		assertThat(api().post("/api/journal/class-groups/" + school.classGroupId() + "/timetable/lessons", school.adminToken(), span)
			.json().get("created").asInt()).as("generating again doubles nothing").isZero();
		Response lessons = api().get("/api/journal/class-groups/" + school.classGroupId() + "/lessons?from=" + monday + "&to="
				+ monday.plusDays(13), school.teacherToken());
		assertThat(lessons.json().size()).isEqualTo(3);
	}

	@Test
	void aSubstituteKeepsTheJournalOfThatLessonAndAMovedLessonTellsWhereFrom() {
		School school = school();
		UUID substitute = UUID.randomUUID();
		publish("identity.staff.v1", "identity.staff.appointed", substitute, school.id(), Map.of("personId", substitute,
				"schoolId", school.id(), "roles", List.of("teacher"), "lastName", "Орлова", "firstName", "Нина"));
		String lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 5)).json().get("id").asString();

		Response substituted = Eventually.until(() -> api().post("/api/journal/lessons/" + lesson + "/substitution",
				school.adminToken(), Map.of("teacherId", substitute, "reason", "Больничный учителя")), r -> r.status() == 200,
				Duration.ofSeconds(30));
		assertThat(substituted.json().get("change").get("substituteId").asString()).isEqualTo(substitute.toString());
		String substituteToken = user(List.of("teacher"), substitute, school.id());
		Response mark = api().post("/api/journal/marks", substituteToken, Map.of("studentId", school.studentId(), "classGroupId",
				school.classGroupId(), "subjectId", school.subjectId(), "value", "5", "workType", "oral", "workDate", today()));
		assertThat(mark.status()).as("the substitute may mark on that day").isEqualTo(201);
		Response otherDay = api().post("/api/journal/marks", substituteToken, Map.of("studentId", school.studentId(), "classGroupId",
				school.classGroupId(), "subjectId", school.subjectId(), "value", "5", "workType", "oral", "workDate", today().minusDays(1)));
		assertThat(otherDay.status()).as("but not on other days").isEqualTo(403);

		Response moved = api().post("/api/journal/lessons/" + lesson + "/reschedule", school.adminToken(),
				Map.of("date", today().plusDays(2), "periodNo", 6, "reason", "Олимпиада"));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
		var event = EventProbe.await("journal.lessons.v1", r -> r.value().contains(lesson) && r.value().contains("movedFromDate"),
				Duration.ofSeconds(30));
		new EventContracts().validate("journal.lessons.v1", JsonMapper.builder().build().readTree(event.value()));
	}

	@Test
	void onlyTheAdministrationSetsTheTimetableAndEveryTeacherMustBeAssigned() {
		School school = school();
		Map<String, Object> week = Map.of("validFrom", today(), "entries", List.of(
				Map.of("weekday", 2, "periodNo", 1, "subjectId", school.subjectId(), "teacherId", UUID.randomUUID())));
		assertThat(api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/timetable", school.teacherToken(),
				week, Map.of()).status()).isEqualTo(403);
		Response unassigned = api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/timetable",
				school.adminToken(), week, Map.of());
		assertThat(unassigned.status()).isEqualTo(422);
		assertThat(unassigned.json().get("errors").toString()).contains("entries[0].teacherId");
	}
}
