package org.ejd.journal.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class LessonCancellationIT extends JournalIT {

	@Test
	void theTeacherOfTheLessonCancelsItWithAReasonAndTheDiaryIsToldWithTheTeachersName() {
		School school = school();
		String lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today().plusDays(1), "periodNo", 4)).json().get("id").asString();

		Response cancelled = api().post("/api/journal/lessons/" + lesson + "/cancellation", school.teacherToken(),
				Map.of("reason", "Учитель на курсах, замены нет"));
		assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
		var event = EventProbe.await("journal.lessons.v1", r -> r.value().contains(lesson) && r.value().contains("\"cancelled\":true"),
				Duration.ofSeconds(30));
		assertThat(event.value()).contains("Учитель на курсах, замены нет").contains("\"teacherName\":\"Сидорова Ольга\"");
		new EventContracts().validate("journal.lessons.v1", JsonMapper.builder().build().readTree(event.value()));

		Response again = api().post("/api/journal/lessons/" + lesson + "/cancellation", school.adminToken(), Map.of("reason", "Ещё раз"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).isEqualTo("Урок уже отменён.");
	}

	@Test
	void aTeacherOfAnotherSubjectCannotCancelAndAnotherSchoolDoesNotSeeTheLessonButTheAdministrationCan() {
		School school = school();
		School other = school();
		String lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today().plusDays(1), "periodNo", 5)).json().get("id").asString();
		String stranger = user(List.of("teacher"), java.util.UUID.randomUUID(), school.id());
		assertThat(api().post("/api/journal/lessons/" + lesson + "/cancellation", stranger, Map.of("reason", "Нет")).status())
			.isEqualTo(403);
		assertThat(api().post("/api/journal/lessons/" + lesson + "/cancellation", other.adminToken(), Map.of("reason", "Нет")).status())
			.isEqualTo(404);
		assertThat(api().post("/api/journal/lessons/" + lesson + "/cancellation", school.adminToken(), Map.of("reason", " ")).status())
			.as("a reason is required").isEqualTo(400);
		assertThat(api().post("/api/journal/lessons/" + lesson + "/cancellation", school.adminToken(), Map.of("reason", "Карантин"))
			.status()).isEqualTo(200);
	}

	@Test
	void attendanceForACancelledLessonIsRefusedWithAReasonAndNothingIsWritten() {
		School school = school();
		String lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 6)).json().get("id").asString();
		assertThat(api().post("/api/journal/lessons/" + lesson + "/cancellation", school.adminToken(), Map.of("reason", "Карантин"))
			.status()).isEqualTo(200);

		Response refused = api().send("PUT", "/api/journal/lessons/" + lesson + "/attendance", school.teacherToken(),
				Map.of("entries", List.of(Map.of("studentId", school.studentId(), "status", "absent"))), Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).isEqualTo("Урок отменён: посещаемость по нему не отмечается.");
		assertThat(api().get("/api/journal/lessons/" + lesson + "/attendance", school.teacherToken()).json().size()).isZero();
	}
}
