package org.ejd.journal.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Homework both ways (ADR 0044): the student ticks it done and hands in work, the teacher returns and marks it. */
class HomeworkHandInIT extends JournalIT {

	private static final String PDF = "%PDF-1.4 решение задач";

	@Test
	void aStudentTicksHomeworkDoneTakesItBackAndHandsInTextAndAFileThatTheTeacherListsAndDownloads() {
		School school = school();
		String student = student(school);
		String lesson = lesson(school, 6, "Решить задачи 1–5", today().plusDays(2));

		Response done = api().send("PUT", "/api/journal/lessons/" + lesson + "/homework/done", student, null, Map.of());
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		assertThat(done.json().get("state").asString()).isEqualTo("done");
		Response undone = api().delete("/api/journal/lessons/" + lesson + "/homework/done", student);
		assertThat(undone.json().get("state").asString()).isEqualTo("assigned");

		String key = "hand-in-" + UUID.randomUUID();
		Response text = api().send("POST", "/api/journal/lessons/" + lesson + "/homework/submission", student,
				Map.of("text", "Ответы: 1) 12; 2) 7/8"), Map.of("Idempotency-Key", key));
		assertThat(text.status()).as(text.toString()).isEqualTo(201);
		String submission = text.json().get("id").asString();
		Response again = api().send("POST", "/api/journal/lessons/" + lesson + "/homework/submission", student,
				Map.of("text", "Ответы: 1) 12; 2) 7/8"), Map.of("Idempotency-Key", key));
		assertThat(again.headers().get("idempotent-replayed")).isEqualTo("true");
		assertThat(again.json().get("version").asLong()).isEqualTo(text.json().get("version").asLong());

		Response file = api().send("POST", "/api/journal/lessons/" + lesson + "/homework/submission/file?file=reshenie.pdf", student, PDF,
				Map.of("Content-Type", "application/pdf"));
		assertThat(file.status()).as(file.toString()).isEqualTo(201);
		assertThat(file.json().get("id").asString()).isEqualTo(submission);
		assertThat(file.json().get("text").asString()).isEqualTo("Ответы: 1) 12; 2) 7/8");
		assertThat(file.json().get("fileName").asString()).isEqualTo("reshenie.pdf");

		Response list = api().get("/api/journal/lessons/" + lesson + "/homework/submissions", school.teacherToken());
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		JsonNode row = row(list.json(), school.studentId());
		assertThat(row.get("state").asString()).isEqualTo("handed-in");
		assertThat(row.get("hasText").asBoolean()).isTrue();
		assertThat(row.get("fileName").asString()).isEqualTo("reshenie.pdf");
		assertThat(api().get("/api/journal/lessons/" + lesson + "/homework/submissions", school.adminToken()).status()).isEqualTo(200);

		Response download = api().get("/api/journal/homework-submissions/" + submission + "/file", school.teacherToken());
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().get("content-disposition")).contains("reshenie.pdf");
		assertThat(api().get("/api/journal/homework-submissions/" + submission + "/file", student).status()).isEqualTo(200);

		var event = EventProbe.await("journal.marks.v1", r -> r.value().contains("journal.homework-submission.changed")
				&& r.value().contains(submission) && r.value().contains("\"handed-in\""), Duration.ofSeconds(30));
		JsonNode envelope = JsonMapper.builder().build().readTree(event.value());
		new EventContracts().validate("journal.marks.v1", envelope);
		assertThat(event.key()).isEqualTo(school.studentId().toString());
		assertThat(envelope.get("data").get("homeworkDue").asString()).isEqualTo(today().plusDays(2).toString());
	}

	@Test
	void theTeacherReturnsWorkWithACommentAndMarksItWithAnOrdinaryHomeworkMarkNamingTheSubmission() {
		School school = school();
		String student = student(school);
		String lesson = lesson(school, 7, "Сочинение", today().plusDays(3));
		String submission = api().post("/api/journal/lessons/" + lesson + "/homework/submission", student,
				Map.of("text", "Первый вариант")).json().get("id").asString();

		Response returned = api().post("/api/journal/homework-submissions/" + submission + "/return", school.teacherToken(),
				Map.of("comment", "Раскройте тему подробнее"));
		assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
		assertThat(returned.json().get("state").asString()).isEqualTo("returned");
		assertThat(returned.json().get("returnComment").asString()).isEqualTo("Раскройте тему подробнее");
		Response mine = api().get("/api/journal/homework-submissions/" + submission, student);
		assertThat(mine.json().get("returnComment").asString()).isEqualTo("Раскройте тему подробнее");
		Response twice = api().post("/api/journal/homework-submissions/" + submission + "/return", school.teacherToken(),
				Map.of("comment", "Ещё раз"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().get("code").asString()).isEqualTo("journal.homework.not-handed-in");

		assertThat(api().post("/api/journal/lessons/" + lesson + "/homework/submission", student,
				Map.of("text", "Второй вариант")).status()).isEqualTo(201);
		Response marked = api().post("/api/journal/homework-submissions/" + submission + "/mark", school.teacherToken(),
				Map.of("value", "5", "comment", "Отлично"));
		assertThat(marked.status()).as(marked.toString()).isEqualTo(201);
		String markId = marked.json().get("markId").asString();
		Response mark = api().get("/api/journal/marks/" + markId, school.teacherToken());
		assertThat(mark.json().get("workType").asString()).isEqualTo("homework");
		assertThat(mark.json().get("value").asString()).isEqualTo("5");
		assertThat(mark.json().get("studentId").asString()).isEqualTo(school.studentId().toString());

		var posted = EventProbe.await("journal.marks.v1", r -> r.value().contains("journal.mark.posted") && r.value().contains(markId),
				Duration.ofSeconds(30));
		JsonNode envelope = JsonMapper.builder().build().readTree(posted.value());
		new EventContracts().validate("journal.marks.v1", envelope);
		assertThat(envelope.get("data").get("submissionId").asString()).isEqualTo(submission);
		var state = EventProbe.await("journal.marks.v1", r -> r.value().contains("journal.homework-submission.changed")
				&& r.value().contains(submission) && r.value().contains("\"marked\""), Duration.ofSeconds(30));
		JsonNode changed = JsonMapper.builder().build().readTree(state.value());
		new EventContracts().validate("journal.marks.v1", changed);
		assertThat(changed.get("data").get("markId").asString()).isEqualTo(markId);
		assertThat(changed.get("data").get("markValue").asString()).isEqualTo("5");

		Response late = api().post("/api/journal/lessons/" + lesson + "/homework/submission", student, Map.of("text", "Третий"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().get("code").asString()).isEqualTo("journal.homework.already-marked");
		assertThat(api().post("/api/journal/homework-submissions/" + submission + "/mark", school.teacherToken(),
				Map.of("value", "4")).status()).isEqualTo(409);
		assertThat(api().post("/api/journal/homework-submissions/" + submission + "/mark", school.adminToken(),
				Map.of("value", "4")).status()).as("the mark book's rule: the admin teaches no subject").isIn(403, 409);
	}

	@Test
	void workHandedInFromTheDueDateOnIsRefusedWithARussianDetailAndNothingChanges() {
		School school = school();
		String student = student(school);
		LocalDate due = today().plusDays(1);
		String lesson = lesson(school, 5, "Выучить правило", due);
		assertThat(api().send("PUT", "/api/journal/lessons/" + lesson + "/homework/done", student, null, Map.of()).status()).isEqualTo(200);

		// one minute past midnight of the due date in the school's zone (the schools here keep Moscow time)
		CLOCK.setTo(due.atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant().plusSeconds(60));
		Response late = api().post("/api/journal/lessons/" + lesson + "/homework/submission", student, Map.of("text", "Поздно"));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.isProblem()).isTrue();
		assertThat(late.json().get("detail").asString()).contains("Срок сдачи истёк").contains(due.getDayOfMonth() < 10
				? "0" + due.getDayOfMonth() : Integer.toString(due.getDayOfMonth()));
		Response lateUndo = api().delete("/api/journal/lessons/" + lesson + "/homework/done", student);
		assertThat(lateUndo.status()).isEqualTo(409);
		assertThat(lateUndo.json().get("code").asString()).isEqualTo("journal.homework.past-due");
		Response mine = api().get("/api/journal/lessons/" + lesson + "/homework/mine", student);
		assertThat(mine.json().get("state").asString()).isEqualTo("done");
		assertThat(mine.json().get("text").isNull()).isTrue();

		// a minute before midnight the work is still taken
		CLOCK.setTo(due.atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant().minusSeconds(60));
		assertThat(api().post("/api/journal/lessons/" + lesson + "/homework/submission", student, Map.of("text", "Успел")).status())
			.isEqualTo(201);
	}

	@Test
	void onlyTheStudentThemselfHandsInAndBadWorkIsRefusedWithoutWritingAnything() {
		School school = school();
		String student = student(school);
		String lesson = lesson(school, 4, "Упражнение 12", today().plusDays(2));
		String path = "/api/journal/lessons/" + lesson + "/homework/submission";
		Map<String, String> work = Map.of("text", "Ответ");

		String guardian = user(List.of("guardian"), UUID.randomUUID(), school.id());
		Response byGuardian = api().post(path, guardian, work);
		assertThat(byGuardian.status()).isEqualTo(403);
		assertThat(byGuardian.json().get("detail").asString()).contains("только сам обучающийся");
		assertThat(api().post(path, school.teacherToken(), work).status()).isEqualTo(403);
		String notInTheClass = user(List.of("student"), school.notEnrolledStudentId(), school.id());
		assertThat(api().post(path, notInTheClass, work).status()).isEqualTo(404);
		School other = school();
		assertThat(api().post(path, student(other), work).status()).isEqualTo(404);

		Response empty = api().post(path, student, Map.of("text", " "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.isProblem()).isTrue();
		Response program = api().send("POST", path + "/file?file=game.exe", student, "MZ\u0090\u0000 program",
				Map.of("Content-Type", "application/pdf"));
		assertThat(program.status()).isEqualTo(415);
		assertThat(program.json().get("code").asString()).isEqualTo("journal.attachment.type-mismatch");
		Response huge = api().send("POST", path + "/file?file=big.txt", student, "x".repeat(10 * 1024 * 1024 + 1),
				Map.of("Content-Type", "text/plain"));
		assertThat(huge.status()).isEqualTo(413);
		assertThat(api().get("/api/journal/lessons/" + lesson + "/homework/mine", student).json().get("state").asString())
			.isEqualTo("assigned");

		String noHomework = lesson(school, 3, null, null);
		Response none = api().post("/api/journal/lessons/" + noHomework + "/homework/submission", student, work);
		assertThat(none.status()).isEqualTo(422);

		String submission = api().post(path, student, work).json().get("id").asString();
		assertThat(api().get("/api/journal/homework-submissions/" + submission, notInTheClass).status()).isEqualTo(404);
		assertThat(api().get("/api/journal/homework-submissions/" + submission, guardian).status()).isEqualTo(404);
		assertThat(api().get("/api/journal/homework-submissions/" + submission, other.teacherToken()).status()).isEqualTo(404);
		assertThat(api().get("/api/journal/lessons/" + lesson + "/homework/submissions", student).status()).isEqualTo(404);
		assertThat(api().post("/api/journal/homework-submissions/" + submission + "/return", student,
				Map.of("comment", "сам себе")).status()).isEqualTo(404);
	}

	@Test
	void workOwedListsHomeworkDueAndNotHandedInPerStudentAndPerClass() {
		School school = school();
		String student = student(school);
		Eventually.until(() -> api().post("/api/journal/class-groups/" + school.classGroupId() + "/enrolments", school.adminToken(),
				Map.of("studentId", school.notEnrolledStudentId(), "from", today().minusMonths(2))), r -> r.status() == 201,
				Duration.ofSeconds(30));
		String handedIn = lesson(school, 2, "Задачи на дроби", today().plusDays(1));
		String ticked = lesson(school, 1, "Прочитать параграф", today().plusDays(1));
		assertThat(api().post("/api/journal/lessons/" + handedIn + "/homework/submission", student, Map.of("text", "Готово")).status())
			.isEqualTo(201);
		assertThat(api().send("PUT", "/api/journal/lessons/" + ticked + "/homework/done", student, null, Map.of()).status()).isEqualTo(200);
		assertThat(api().get("/api/journal/students/" + school.studentId() + "/work-owed", student).json()).isEmpty();

		CLOCK.setTo(today().plusDays(2).atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant().plusSeconds(3600));
		Response mineOwed = api().get("/api/journal/students/" + school.studentId() + "/work-owed", student);
		assertThat(mineOwed.status()).as(mineOwed.toString()).isEqualTo(200);
		assertThat(lessons(mineOwed.json())).containsExactly(ticked);
		Response classOwed = api().get("/api/journal/class-groups/" + school.classGroupId() + "/work-owed", school.teacherToken());
		assertThat(classOwed.status()).as(classOwed.toString()).isEqualTo(200);
		Map<String, List<String>> byStudent = new HashMap<>();
		classOwed.json().forEach(o -> byStudent.computeIfAbsent(o.get("studentId").asString(), k -> new java.util.ArrayList<>())
			.add(o.get("lessonId").asString()));
		assertThat(byStudent.get(school.studentId().toString())).containsExactly(ticked);
		assertThat(byStudent.get(school.notEnrolledStudentId().toString())).containsExactlyInAnyOrder(handedIn, ticked);

		String guardian = user(List.of("guardian"), UUID.randomUUID(), school.id());
		assertThat(api().get("/api/journal/students/" + school.studentId() + "/work-owed", guardian).status()).isEqualTo(404);
		assertThat(api().get("/api/journal/class-groups/" + school.classGroupId() + "/work-owed", guardian).status()).isEqualTo(404);
		assertThat(api().get("/api/journal/class-groups/" + school.classGroupId() + "/work-owed", student).status()).isEqualTo(404);
		School other = school();
		assertThat(api().get("/api/journal/class-groups/" + school.classGroupId() + "/work-owed", other.teacherToken()).status())
			.isEqualTo(404);
		Response badSpan = api().get("/api/journal/class-groups/" + school.classGroupId() + "/work-owed?from=2026-12-10&to=2026-12-01",
				school.teacherToken());
		assertThat(badSpan.status()).isEqualTo(400);
	}

	private String student(School school) {
		return user(List.of("student"), school.studentId(), school.id());
	}

	private String lesson(School school, int periodNo, String homework, LocalDate due) {
		Map<String, Object> body = new HashMap<>(Map.of("classGroupId", school.classGroupId(), "subjectId", school.subjectId(),
				"date", today(), "periodNo", periodNo, "topic", "Тема урока"));
		if (homework != null) {
			body.put("homework", homework);
			body.put("homeworkDue", due);
		}
		Response created = api().post("/api/journal/lessons", school.teacherToken(), body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static JsonNode row(JsonNode rows, UUID studentId) {
		for (JsonNode row : rows) {
			if (row.get("studentId").asString().equals(studentId.toString())) {
				return row;
			}
		}
		throw new AssertionError("no row for " + studentId + " in " + rows);
	}

	private static List<String> lessons(JsonNode owed) {
		List<String> ids = new java.util.ArrayList<>();
		owed.forEach(o -> ids.add(o.get("lessonId").asString()));
		return ids;
	}
}
