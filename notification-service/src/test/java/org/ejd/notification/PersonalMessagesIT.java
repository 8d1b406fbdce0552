package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.LimitRule;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** D10: personal messages between a family and the staff linked to the student, and who may not write or read. */
class PersonalMessagesIT extends NotificationIT {

	private static final String TZ = "Europe/Moscow";

	@Test
	void theTeacherAndTheMotherExchangeMessagesWithReadReceiptsUnreadCountsSearchAndADeletionMarker() throws Exception {
		UUID school = school(TZ);
		Family family = family(school, TZ);
		UUID teacher = teacherOf(family.student(), school, UUID.randomUUID());
		String teacherToken = token("teacher", teacher, school);
		String mother = token("guardian", family.guardian(), school);

		Response started = api().post("/api/notifications/threads", teacherToken, Map.of("studentId", family.student(),
				"topic", "Контрольная по дробям", "text", "Пётр не сдал контрольную в четверг, давайте договоримся о пересдаче."));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		String thread = started.json().get("id").asString();
		assertThat(started.json().get("staffId").asString()).isEqualTo(teacher.toString());

		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).contains("Новое сообщение", "Сидорова Ольга", "Пётр");
		assertThat(awaitStatus(family.guardian(), "app", "SENT").get("kind")).isEqualTo("message");

		Response inbox = api().get("/api/notifications/me/threads", mother);
		assertThat(inbox.json().get("unread").asInt()).isEqualTo(1);
		assertThat(inbox.json().get("threads").get(0).get("topic").asString()).isEqualTo("Контрольная по дробям");
		assertThat(api().get("/api/notifications/threads/" + thread + "/messages", teacherToken).json().get("items").get(0)
			.get("read").asBoolean()).as("not read yet").isFalse();
		assertThat(api().post("/api/notifications/threads/" + thread + "/read", mother, Map.of()).status()).isEqualTo(204);
		assertThat(api().get("/api/notifications/threads/" + thread + "/messages", teacherToken).json().get("items").get(0)
			.get("read").asBoolean()).as("the read receipt").isTrue();
		assertThat(api().get("/api/notifications/me/threads", mother).json().get("unread").asInt()).isZero();

		Response reply = api().post("/api/notifications/threads/" + thread + "/messages", mother,
				Map.of("text", "Добрый день! Пётр болел, придём в понедельник."));
		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().get("fromStaff").asBoolean()).isFalse();
		assertThat(api().get("/api/notifications/me/threads", teacherToken).json().get("unread").asInt()).isEqualTo(1);
		assertThat(api().get("/api/notifications/me/threads?q=понедельник", teacherToken).json().get("threads").size()).isEqualTo(1);
		assertThat(api().get("/api/notifications/me/threads?q=каникулы", teacherToken).json().get("threads").size()).isZero();

		Response page = api().get("/api/notifications/threads/" + thread + "/messages?limit=1", mother);
		assertThat(page.json().get("items").size()).isEqualTo(1);
		assertThat(page.headers().get("link")).isEqualTo("</api/notifications/threads/" + thread + "/messages?cursor="
				+ page.json().get("nextCursor").asString() + "&limit=1>; rel=\"next\"");
		Response second = api().get("/api/notifications/threads/" + thread + "/messages?limit=1&cursor="
				+ page.json().get("nextCursor").asString(), mother);
		assertThat(second.json().get("items").get(0).get("text").asString()).startsWith("Добрый день");

		String replyId = reply.json().get("id").asString();
		assertThat(api().delete("/api/notifications/messages/" + replyId, teacherToken).status()).as("not the author").isEqualTo(403);
		assertThat(api().delete("/api/notifications/messages/" + replyId, mother).status()).isEqualTo(204);
		JsonNode marker = api().get("/api/notifications/threads/" + thread + "/messages", teacherToken).json().get("items").get(1);
		assertThat(marker.get("deleted").asBoolean()).as("a marker stays").isTrue();
		assertThat(marker.get("text").isNull()).isTrue();
	}

	@Test
	void nobodyStartsAThreadWithoutATeachingOrAdministrativeLinkAndStrangersSeeNoThread() {
		UUID school = school(TZ);
		Family family = family(school, TZ);
		UUID teacher = teacherOf(family.student(), school, UUID.randomUUID());
		UUID otherClassTeacher = teacherOf(student(school), school, UUID.randomUUID());
		String mother = token("guardian", family.guardian(), school);

		Response toTeacher = api().post("/api/notifications/threads", mother, Map.of("studentId", family.student(), "staffId", teacher,
				"topic", "Домашнее задание", "text", "Подскажите, что задано на завтра?"));
		assertThat(toTeacher.status()).as(toTeacher.toString()).isEqualTo(201);
		String thread = toTeacher.json().get("id").asString();
		Response unlinked = api().post("/api/notifications/threads", mother, Map.of("studentId", family.student(), "staffId",
				otherClassTeacher, "topic", "Вопрос", "text", "Здравствуйте"));
		assertThat(unlinked.status()).isEqualTo(422);
		assertThat(unlinked.json().get("detail").asString()).contains("нет связи");
		assertThat(api().post("/api/notifications/threads", mother, Map.of("studentId", family.student(), "staffId", UUID.randomUUID(),
				"topic", "Вопрос", "text", "Здравствуйте")).status()).as("an unknown recipient").isEqualTo(422);

		String otherTeacher = token("teacher", otherClassTeacher, school);
		assertThat(api().post("/api/notifications/threads", otherTeacher, Map.of("studentId", family.student(), "topic", "Вопрос",
				"text", "Здравствуйте")).status()).as("a teacher of another class").isEqualTo(404);
		String stranger = token("guardian", UUID.randomUUID(), school);
		assertThat(api().get("/api/notifications/threads/" + thread + "/messages", stranger).status()).isEqualTo(404);
		assertThat(api().post("/api/notifications/threads/" + thread + "/messages", stranger, Map.of("text", "Привет")).status())
			.isEqualTo(404);
		assertThat(api().get("/api/notifications/threads/" + thread + "/messages", otherTeacher).status()).isEqualTo(404);
		assertThat(api().get("/api/notifications/me/threads", stranger).json().get("threads").size()).isZero();

		UUID admin = UUID.randomUUID();
		publish("identity.staff.v1", admin, "/ejd/identity-service", "identity.staff.appointed", admin, school, 1, Map.of("personId", admin,
				"schoolId", school, "roles", List.of("school-admin"), "lastName", "Петрова", "firstName", "Анна"));
		awaitOne("select count(*) from staff where person_id = ?", admin);
		assertThat(api().post("/api/notifications/threads", token("school-admin", admin, school), Map.of("studentId", family.student(),
				"topic", "Собрание", "text", "Приглашаем на родительское собрание.")).status()).as("the school's administration")
			.isEqualTo(201);
		UUID otherAdmin = UUID.randomUUID();
		assertThat(api().post("/api/notifications/threads", token("school-admin", otherAdmin, UUID.randomUUID()), Map.of("studentId",
				family.student(), "topic", "Собрание", "text", "Приглашаем")).status()).as("another school's admin").isEqualTo(404);

		String son = token("student", family.student(), school);
		assertThat(api().post("/api/notifications/threads", son, Map.of("studentId", family.student(), "staffId", teacher,
				"topic", "Реферат", "text", "Можно сдать реферат в пятницу?")).status()).as("a student under 14 writes to staff")
			.isEqualTo(201);
		assertThat(api().get("/api/notifications/me/threads", mother).json().get("threads").size())
			.as("the family sees the son's and the school's threads too").isEqualTo(3);
	}

	@Test
	void badInputIsA4xxInRussianASenderIsRateLimitedAndAFamilyOnPaperIsNotEmailed() {
		UUID school = school(TZ);
		Family family = family(school, TZ);
		UUID teacher = teacherOf(family.student(), school, UUID.randomUUID());
		String mother = token("guardian", family.guardian(), school);
		String teacherToken = token("teacher", teacher, school);

		Response empty = api().post("/api/notifications/threads", mother, Map.of("studentId", family.student(), "staffId", teacher,
				"topic", "Вопрос", "text", "  "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.contentType()).startsWith("application/problem+json");
		assertThat(empty.json().get("detail").asString()).contains("пустое");
		assertThat(api().post("/api/notifications/threads", mother, Map.of("studentId", family.student(), "staffId", teacher,
				"topic", "Вопрос", "text", "x".repeat(4001))).status()).isEqualTo(400);
		assertThat(api().post("/api/notifications/threads", mother, Map.of("studentId", family.student(), "topic", "Вопрос",
				"text", "Здравствуйте")).json().get("detail").asString()).contains("кому пишете");
		LimitRule.assertRefusedBeyond(api(), "/api/notifications/me/threads", mother, 100);
		assertThat(api().get("/api/notifications/me/threads", mother).json().get("threads").size()).as("nothing written").isZero();

		paper(family.guardian());
		String thread = api().post("/api/notifications/threads", teacherToken, Map.of("studentId", family.student(), "topic", "Экскурсия",
				"text", "Экскурсия в четверг.")).json().get("id").asString();
		assertThat(awaitStatus(family.guardian(), "email", "SUPPRESSED").get("rule")).isEqualTo("paper-delivery");
		for (int i = 2; i <= 10; i++) {
			assertThat(api().post("/api/notifications/threads/" + thread + "/messages", teacherToken, Map.of("text", "Сообщение " + i))
				.status()).isEqualTo(201);
		}
		Response limited = api().post("/api/notifications/threads/" + thread + "/messages", teacherToken, Map.of("text", "Ещё одно"));
		assertThat(limited.status()).as("10 a minute").isEqualTo(429);
		assertThat(limited.json().get("detail").asString()).contains("в минуту");
	}

	@Test
	void theAdministrationReadsAThreadOnlyOnceReportedAndBlocksASenderEachStepAudited() {
		UUID school = school(TZ);
		Family family = family(school, TZ);
		UUID teacher = teacherOf(family.student(), school, UUID.randomUUID());
		String teacherToken = token("teacher", teacher, school);
		String mother = token("guardian", family.guardian(), school);
		String admin = token("school-admin", UUID.randomUUID(), school);
		String deputy = token("deputy-head", UUID.randomUUID(), school);
		String otherAdmin = token("school-admin", UUID.randomUUID(), UUID.randomUUID());
		String thread = api().post("/api/notifications/threads", teacherToken, Map.of("studentId", family.student(), "topic", "Поведение",
				"text", "Ваш сын опять сорвал урок.")).json().get("id").asString();
		String messages = "/api/notifications/threads/" + thread + "/messages";

		assertThat(api().get(messages, admin).status()).as("not reported: the administration does not read").isEqualTo(404);
		assertThat(api().post("/api/notifications/threads/" + thread + "/reports", token("guardian", UUID.randomUUID(), school),
				Map.of("reason", "Грубость")).status()).as("a stranger reports nothing").isEqualTo(404);
		assertThat(api().post("/api/notifications/threads/" + thread + "/reports", mother, Map.of("reason", " ")).status()).isEqualTo(400);
		assertThat(api().post("/api/notifications/threads/" + thread + "/reports", mother, Map.of("reason", "Грубый тон")).status())
			.isEqualTo(204);
		assertThat(api().get(messages, admin).status()).isEqualTo(200);
		assertThat(api().get(messages, deputy).json().get("items").get(0).get("text").asString()).contains("сорвал урок");
		assertThat(api().get(messages, otherAdmin).status()).isEqualTo(404);
		Response reports = api().get("/api/notifications/schools/" + school + "/message-reports", admin);
		assertThat(reports.json().get(0).get("reason").asString()).isEqualTo("Грубый тон");
		assertThat(api().get("/api/notifications/schools/" + school + "/message-reports", otherAdmin).status()).isEqualTo(404);

		String blocks = "/api/notifications/schools/" + school + "/message-blocks";
		assertThat(api().post(blocks, deputy, Map.of("personId", teacher, "reason", "Жалоба родителей")).status())
			.as("only the school admin blocks").isEqualTo(404);
		assertThat(api().post(blocks, admin, Map.of("personId", teacher, "reason", "Жалоба родителей")).status()).isEqualTo(204);
		Response blocked = api().post(messages, teacherToken, Map.of("text", "И ещё одно"));
		assertThat(blocked.status()).isEqualTo(403);
		assertThat(blocked.json().get("detail").asString()).contains("заблокировала");
		assertThat(api().post("/api/notifications/threads", teacherToken, Map.of("studentId", family.student(), "topic", "Снова",
				"text", "Здравствуйте")).status()).isEqualTo(403);
		assertThat(api().delete(blocks + "/" + teacher, admin).status()).isEqualTo(204);
		assertThat(api().post(messages, teacherToken, Map.of("text", "Приношу извинения за тон.")).status()).isEqualTo(201);

		Response audit = api().get("/api/notifications/schools/" + school + "/message-audit", admin);
		assertThat(audit.json().findValuesAsString("action")).containsExactly("unblocked", "blocked", "read-reported", "read-reported",
				"reported");
	}

	@Test
	void aMotherSendsAFileWithHerMessageThatOnlyTheThreadsParticipantsDownload() {
		UUID school = school(TZ);
		Family family = family(school, TZ);
		UUID teacher = teacherOf(family.student(), school, UUID.randomUUID());
		String teacherToken = token("teacher", teacher, school);
		String mother = token("guardian", family.guardian(), school);
		String thread = api().post("/api/notifications/threads", mother, Map.of("studentId", family.student(), "staffId", teacher,
				"topic", "Справка", "text", "Пётр болел, справку пришлю.")).json().get("id").asString();
		String pdf = "%PDF-1.4 справка от врача";

		Response uploaded = api().send("POST", "/api/notifications/threads/" + thread + "/attachments?file=spravka.pdf", mother, pdf,
				Map.of("Content-Type", "application/pdf"));
		assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
		String file = uploaded.json().get("id").asString();
		String href = uploaded.json().get("href").asString();
		assertThat(api().get(href, teacherToken).status()).as("not sent yet: only its uploader sees it").isEqualTo(404);

		Response sent = api().post("/api/notifications/threads/" + thread + "/messages", mother,
				Map.of("text", "Справка во вложении.", "attachments", List.of(file)));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		assertThat(sent.json().get("attachments").get(0).get("fileName").asString()).isEqualTo("spravka.pdf");
		JsonNode shown = api().get("/api/notifications/threads/" + thread + "/messages", teacherToken).json().get("items").get(1);
		assertThat(shown.get("attachments").get(0).get("size").asLong()).isEqualTo(pdf.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);

		Response download = api().get(href, teacherToken);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().get("content-disposition")).contains("spravka.pdf");
		assertThat(api().get(href, mother).status()).isEqualTo(200);
		UUID otherClassTeacher = teacherOf(student(school), school, UUID.randomUUID());
		assertThat(api().get(href, token("teacher", otherClassTeacher, school)).status()).as("a teacher of another class").isEqualTo(404);
		assertThat(api().get(href, token("guardian", UUID.randomUUID(), school)).status()).as("another family").isEqualTo(404);
		assertThat(api().get(href, null).status()).as("no token").isEqualTo(401);
		assertThat(api().post("/api/notifications/threads/" + thread + "/messages", teacherToken,
				Map.of("text", "Чужой файл", "attachments", List.of(file))).status()).as("a file sent already, and not the writer's")
			.isEqualTo(422);

		String admin = token("school-admin", UUID.randomUUID(), school);
		assertThat(api().get(href, admin).status()).as("not reported: the administration does not read the file").isEqualTo(404);
		assertThat(api().post("/api/notifications/threads/" + thread + "/reports", teacherToken, Map.of("reason", "Подложная справка"))
			.status()).isEqualTo(204);
		Response byAdmin = api().get(href, admin);
		assertThat(byAdmin.status()).as("reported: the school admin opens the file as the messages").isEqualTo(200);
		assertThat(byAdmin.body()).isEqualTo(pdf);
		assertThat(api().get(href, token("school-admin", UUID.randomUUID(), UUID.randomUUID())).status()).as("another school's admin")
			.isEqualTo(404);
		assertThat(api().get("/api/notifications/schools/" + school + "/message-audit", admin).json().findValuesAsString("action"))
			.contains("read-reported-file");

		assertThat(api().delete("/api/notifications/messages/" + sent.json().get("id").asString(), mother).status()).isEqualTo(204);
		assertThat(api().get(href, teacherToken).status()).as("a deleted message takes its file").isEqualTo(404);
	}

	@Test
	void filesAreCheckedAsHomeworkIsProgramsOversizedAndStrangersRefusedNothingStored() {
		UUID school = school(TZ);
		Family family = family(school, TZ);
		UUID teacher = teacherOf(family.student(), school, UUID.randomUUID());
		String teacherToken = token("teacher", teacher, school);
		String thread = api().post("/api/notifications/threads", teacherToken, Map.of("studentId", family.student(), "topic", "Экскурсия",
				"text", "Экскурсия в четверг.")).json().get("id").asString();
		String attachments = "/api/notifications/threads/" + thread + "/attachments";

		Response program = api().send("POST", attachments + "?file=game.exe", teacherToken, "MZ...",
				Map.of("Content-Type", "application/x-msdownload"));
		assertThat(program.status()).isEqualTo(415);
		assertThat(program.isProblem()).isTrue();
		assertThat(program.json().get("detail").asString()).contains("прикреплять нельзя");
		Response disguised = api().send("POST", attachments + "?file=plan.pdf.exe", teacherToken,
				"MZ\u0090\u0000\u0003 This program cannot be run in DOS mode", Map.of("Content-Type", "application/pdf"));
		assertThat(disguised.status()).isEqualTo(415);
		assertThat(disguised.json().get("code").asString()).isEqualTo("messages.attachment.type-mismatch");
		Response huge = api().send("POST", attachments + "?file=big.txt", teacherToken, "x".repeat(10 * 1024 * 1024 + 1),
				Map.of("Content-Type", "text/plain"));
		assertThat(huge.status()).isEqualTo(413);
		assertThat(huge.json().get("detail").asString()).contains("10 МБ");
		Response empty = api().send("POST", attachments + "?file=empty.txt", teacherToken, "", Map.of("Content-Type", "text/plain"));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(api().send("POST", attachments + "?file=a.txt", token("guardian", UUID.randomUUID(), school), "a",
				Map.of("Content-Type", "text/plain")).status()).as("a stranger").isEqualTo(404);
		assertThat(api().post("/api/notifications/threads/" + thread + "/messages", teacherToken,
				Map.of("text", "Вложение", "attachments", List.of(UUID.randomUUID()))).status()).as("an unknown file").isEqualTo(422);
		List<String> six = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			six.add(UUID.randomUUID().toString());
		}
		assertThat(api().post("/api/notifications/threads/" + thread + "/messages", teacherToken,
				Map.of("text", "Много", "attachments", six)).status()).as("five files a message").isEqualTo(400);
		assertThat(api().get("/api/notifications/threads/" + thread + "/messages", teacherToken).json().get("items").size())
			.as("nothing written by the refusals").isEqualTo(1);
	}

	/** A teacher of a class group the student attends, as the journal announces them. */
	private UUID teacherOf(UUID student, UUID school, UUID classGroup) {
		UUID teacher = UUID.randomUUID();
		UUID assignment = UUID.randomUUID();
		LocalDate from = LocalDate.now().minusMonths(2);
		publish("journal.teaching.v1", classGroup, "/ejd/journal-service", "journal.teacher.assigned", assignment, school, 1,
				Map.of("assignmentId", assignment, "schoolId", school, "classGroupId", classGroup, "subjectId", UUID.randomUUID(),
						"subjectName", "Математика", "teacherId", teacher, "teacherName", "Сидорова Ольга", "from", from.toString()));
		UUID enrolment = UUID.randomUUID();
		publish("journal.enrolments.v1", student, "/ejd/journal-service", "journal.student.enrolled", enrolment, school, 1,
				Map.of("enrolmentId", enrolment, "studentId", student, "classGroupId", classGroup, "classGroupName", "5 А", "kind", "class",
						"academicYear", "2026/2027", "schoolId", school, "from", from.toString()));
		awaitOne("select count(*) from teaching where assignment_id = ?", assignment);
		awaitOne("select count(*) from message_enrolment where enrolment_id = ?", enrolment);
		return teacher;
	}
}
