package org.ejd.journal.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class LessonBookIT extends JournalIT {

	private final EventContracts contracts = new EventContracts();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aTeacherRecordsALessonWithTopicAndHomeworkAndTheDiaryContractIsKept() {
		School school = school();
		Response lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 2, "type", "regular",
				"topic", "Сложение дробей", "homework", "№ 245, 247", "homeworkDue", today().plusDays(2)));
		assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
		assertThat(lesson.json().get("topicOnTime").asBoolean()).isTrue();
		String id = lesson.json().get("id").asString();

		var event = EventProbe.await("journal.lessons.v1", r -> r.value().contains(id), Duration.ofSeconds(30));
		assertThat(event.key()).isEqualTo(school.classGroupId().toString());
		contracts.validate("journal.lessons.v1", json.readTree(event.value()));

		Response again = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 2));
		assertThat(again.status()).as("one lesson per class, day and period").isEqualTo(409);
	}

	@Test
	void aTopicEnteredDaysLaterIsAcceptedAndFlagged() {
		School school = school();
		Response lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today().minusDays(3), "periodNo", 1));
		String id = lesson.json().get("id").asString();
		Response described = api().send("PUT", "/api/journal/lessons/" + id + "/content", school.teacherToken(),
				Map.of("type", "test", "topic", "Контрольная работа № 2"), Map.of("If-Match", "\"1\""));
		assertThat(described.status()).as(described.toString()).isEqualTo(200);
		assertThat(described.json().get("topicOnTime").asBoolean()).isFalse();
		assertThat(described.json().get("type").asString()).isEqualTo("test");
		Response stale = api().send("PUT", "/api/journal/lessons/" + id + "/content", school.teacherToken(),
				Map.of("topic", "Другая тема"), Map.of("If-Match", "\"1\""));
		assertThat(stale.status()).isEqualTo(412);
	}

	@Test
	void attendanceIsTakenForEnrolledStudentsOnlyAllOrNothingAndPublishedPerStudent() {
		School school = school();
		String id = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 3)).json().get("id").asString();

		Response refused = api().send("PUT", "/api/journal/lessons/" + id + "/attendance", school.teacherToken(),
				Map.of("entries", List.of(Map.of("studentId", school.studentId(), "status", "late"),
						Map.of("studentId", school.notEnrolledStudentId(), "status", "absent"))), Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("errors").toString()).contains("entries[0].minutesLate").contains("entries[1].studentId");
		assertThat(api().get("/api/journal/lessons/" + id + "/attendance", school.teacherToken()).json().size()).isZero();

		Response taken = api().send("PUT", "/api/journal/lessons/" + id + "/attendance", school.teacherToken(),
				Map.of("entries", List.of(Map.of("studentId", school.studentId(), "status", "ill", "reason", "Справка"))), Map.of());
		assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
		assertThat(taken.json().get(0).get("status").asString()).isEqualTo("ILL");
		var event = EventProbe.await("journal.attendance.v1", r -> r.value().contains(id), Duration.ofSeconds(30));
		assertThat(event.key()).isEqualTo(school.studentId().toString());
		contracts.validate("journal.attendance.v1", json.readTree(event.value()));
	}

	@Test
	void aTeacherOfAnotherSchoolCannotSeeOrWriteTheLesson() {
		School school = school();
		School other = school();
		String id = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 4)).json().get("id").asString();
		assertThat(api().get("/api/journal/lessons/" + id, other.teacherToken()).status()).isEqualTo(404);
		assertThat(api().send("PUT", "/api/journal/lessons/" + id + "/attendance", other.teacherToken(),
				Map.of("entries", List.of(Map.of("studentId", school.studentId(), "status", "absent"))), Map.of()).status())
			.isEqualTo(404);
	}
}
