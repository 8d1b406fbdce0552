package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.LimitRule;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** D12: complaints about missing or wrong diary information, from filing to the written answer, and who may not. */
class DiaryComplaintIT extends DiaryIT {

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID sister = UUID.randomUUID();

	final UUID mother = UUID.randomUUID();

	final UUID classGroup = UUID.randomUUID();

	final UUID mark = UUID.randomUUID();

	final UUID lesson = UUID.randomUUID();

	final String region = "7" + (int) (Math.random() * 10);

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));

	@Test
	void theMotherComplainsOfAMissingMarkTheDeputyHeadAssignsItAndTheDirectorAnswersWithTheMarkAndAWrittenAnswer() throws Exception {
		family();
		String motherToken = token("guardian", mother, school);
		awaitFamily(motherToken);

		Response filed = api().post("/api/diary/students/" + student + "/complaints", motherToken, Map.of("subjectName", "Математика",
				"from", today.minusDays(14).toString(), "to", today.minusDays(7).toString(),
				"text", "За контрольную 20 ноября в дневнике нет отметки."));
		assertThat(filed.status()).isEqualTo(201);
		assertThat(filed.json().get("form").asString()).isEqualTo("electronic");
		assertThat(filed.json().get("complainantId").asString()).isEqualTo(mother.toString());
		assertThat(filed.json().get("number").asString()).isEqualTo("Ж-" + today.getYear() + "-1");
		assertThat(filed.json().get("dueOn").asString()).as("30 days, 59-FZ").isEqualTo(today.plusDays(30).toString());
		String id = filed.json().get("id").asString();

		ConsumerRecord<String, String> filedEvent = EventProbe.await("diary.complaints.v1",
				r -> id.equals(r.key()) && r.value().contains("diary.complaint.filed"), Duration.ofSeconds(30));
		JsonNode filedData = JsonMapper.builder().build().readTree(filedEvent.value()).get("data");
		assertThat(filedData.get("studentId").asString()).isEqualTo(student.toString());
		assertThat(filedData.get("dueOn").asString()).isEqualTo(today.plusDays(30).toString());
		assertThat(filedEvent.value()).as("the free text stays in the diary").doesNotContain("контрольную");

		String deputy = token("deputy-head", UUID.randomUUID(), school);
		Response open = api().get("/api/diary/schools/" + school + "/complaints", deputy);
		assertThat(open.status()).isEqualTo(200);
		assertThat(open.json().get("items").size()).isEqualTo(1);
		JsonNode item = open.json().get("items").get(0);
		assertThat(item.get("daysLeft").asInt()).isEqualTo(30);
		assertThat(item.get("overdue").asBoolean()).isFalse();
		assertThat(item.get("studentName").asString()).isEqualTo("Иванов Пётр");

		UUID director = UUID.randomUUID();
		Response assigned = api().send("PUT", "/api/diary/complaints/" + id + "/assignee", deputy, Map.of("assigneeId", director), Map.of());
		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.json().get("assigneeId").asString()).isEqualTo(director.toString());

		String directorToken = token("school-admin", director, school);
		Response answered = api().post("/api/diary/complaints/" + id + "/answer", directorToken, Map.of(
				"text", "Учитель выставил отметку за контрольную работу; тема урока внесена в журнал.", "markIds", List.of(mark),
				"lessonIds", List.of(lesson)));
		assertThat(answered.status()).isEqualTo(200);
		assertThat(answered.json().get("status").asString()).isEqualTo("answered");
		assertThat(answered.json().get("answeredOnTime").asBoolean()).isTrue();
		assertThat(answered.json().get("entries").size()).isEqualTo(2);
		assertThat(api().post("/api/diary/complaints/" + id + "/answer", directorToken, Map.of("text", "Ещё раз")).status())
			.as("an answer is final").isEqualTo(409);

		ConsumerRecord<String, String> answeredEvent = EventProbe.await("diary.complaints.v1",
				r -> id.equals(r.key()) && r.value().contains("diary.complaint.answered"), Duration.ofSeconds(30));
		JsonNode answeredData = JsonMapper.builder().build().readTree(answeredEvent.value()).get("data");
		assertThat(answeredData.get("markIds").get(0).asString()).isEqualTo(mark.toString());
		assertThat(answeredData.get("complainantId").asString()).isEqualTo(mother.toString());
		assertThat(answeredData.get("onTime").asBoolean()).isTrue();

		Response mine = api().get("/api/diary/students/" + student + "/complaints", motherToken);
		assertThat(mine.json().get(0).get("answer").asString()).startsWith("Учитель выставил отметку");
		assertThat(mine.json().get(0).get("entries").toString()).contains("\"what\":\"5\"", "Дроби");
		assertThat(api().get("/api/diary/schools/" + school + "/complaints", deputy).json().get("items").size())
			.as("no longer open").isZero();
		assertThat(api().get("/api/diary/schools/" + school + "/complaints?status=answered", deputy).json().get("items").size())
			.isEqualTo(1);

		HttpResponse<byte[]> pdf = pdf("/api/diary/complaints/" + id + "/answer", motherToken);
		assertThat(pdf.statusCode()).isEqualTo(200);
		String text = DiaryStatementIT.textOf(pdf.body());
		String date = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(today);
		assertThat(text).contains("МБОУ «Школа № 7»", "Ответ на обращение № Ж-" + today.getYear() + "-1",
				"Обращение поступило " + date, "законный представитель обучающегося Иванов Пётр", "Математика",
				"За контрольную 20 ноября", "Учитель выставил отметку", "отметка 5", "Дроби", "Дата ответа: " + date, "Директор");
	}

	@Test
	void theDeskRegistersAPaperAndAnOralComplaintOnTheFamilysBehalfAndOnlyThePaperOneGetsAWrittenAnswer() throws Exception {
		family();
		String desk = token("school-admin", UUID.randomUUID(), school);
		String motherToken = token("guardian", mother, school);
		awaitFamily(motherToken);

		Response paper = api().post("/api/diary/students/" + student + "/complaints", desk, Map.of("form", "paper",
				"complainantId", mother, "text", "Письменное заявление: нет домашнего задания за неделю.", "subjectName", "Математика"));
		assertThat(paper.status()).isEqualTo(201);
		assertThat(paper.json().get("form").asString()).isEqualTo("paper");
		assertThat(paper.json().get("complainantId").asString()).isEqualTo(mother.toString());
		assertThat(paper.json().get("registeredBy").asString()).as("marked as registered by the desk").isNotEqualTo(mother.toString());
		Response oral = api().post("/api/diary/students/" + student + "/complaints", desk, Map.of("form", "oral",
				"complainantId", student, "text", "Ученик сказал, что нет оценки за четверть."));
		assertThat(oral.status()).isEqualTo(201);
		assertThat(oral.json().get("number").asString()).isEqualTo("Ж-" + today.getYear() + "-2");

		assertThat(api().get("/api/diary/students/" + student + "/complaints", motherToken).json().size())
			.as("the family sees what the desk registered for it").isEqualTo(2);

		api().post("/api/diary/complaints/" + oral.json().get("id").asString() + "/answer", desk, Map.of("text", "Отметка выставлена."));
		Response noWritten = api().send("GET", "/api/diary/complaints/" + oral.json().get("id").asString() + "/answer", desk, null,
				Map.of("Accept", "application/pdf"));
		assertThat(noWritten.status()).isEqualTo(409);
		assertThat(noWritten.body()).contains("устным");

		String paperId = paper.json().get("id").asString();
		assertThat(pdf("/api/diary/complaints/" + paperId + "/answer", desk).statusCode()).as("not answered yet").isEqualTo(409);
		api().post("/api/diary/complaints/" + paperId + "/answer", desk, Map.of("text", "Задания внесены."));
		HttpResponse<byte[]> pdf = pdf("/api/diary/complaints/" + paperId + "/answer", desk);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(DiaryStatementIT.textOf(pdf.body())).contains("(на бумаге)", "Задания внесены.", "Новых записей не потребовалось");
	}

	@Test
	void nobodyOutsideTheFamilyAndTheSchoolsAdministrationFilesReadsOrAnswersAComplaint() {
		family();
		String motherToken = token("guardian", mother, school);
		awaitFamily(motherToken);
		String id = api().post("/api/diary/students/" + student + "/complaints", motherToken, Map.of("text", "Нет отметок."))
			.json().get("id").asString();

		String stranger = token("guardian", UUID.randomUUID(), school);
		String sisterToken = token("student", sister, school);
		String otherAdmin = token("school-admin", UUID.randomUUID(), UUID.randomUUID());
		String teacher = token("teacher", UUID.randomUUID(), school);
		Map<String, Object> complaint = Map.of("text", "Нет отметок.");
		for (String caller : List.of(stranger, sisterToken, otherAdmin, teacher)) {
			assertThat(api().post("/api/diary/students/" + student + "/complaints", caller, complaint).status()).isEqualTo(404);
			assertThat(api().get("/api/diary/students/" + student + "/complaints", caller).status()).isEqualTo(404);
			assertThat(api().get("/api/diary/complaints/" + id, caller).status()).isEqualTo(404);
			assertThat(api().post("/api/diary/complaints/" + id + "/answer", caller, Map.of("text", "Ответ")).status()).isEqualTo(404);
			assertThat(api().send("PUT", "/api/diary/complaints/" + id + "/assignee", caller, Map.of("assigneeId", UUID.randomUUID()), Map.of()).status())
				.isEqualTo(404);
			assertThat(api().get("/api/diary/schools/" + school + "/complaints", caller).status()).isEqualTo(404);
		}
		assertThat(api().get("/api/diary/complaints/" + UUID.randomUUID(), token("school-admin", UUID.randomUUID(), school)).status())
			.as("an unknown complaint").isEqualTo(404);
		assertThat(api().post("/api/diary/complaints/" + id + "/answer", motherToken, Map.of("text", "Сама себе отвечу")).status())
			.as("the family does not answer its own complaint").isEqualTo(404);
		assertThat(api().get("/api/diary/students/" + student + "/complaints", motherToken).json().get(0).get("status").asString())
			.isEqualTo("open");
	}

	@Test
	void badInputIsA400InRussianAndWritesNothing() {
		family();
		String motherToken = token("guardian", mother, school);
		awaitFamily(motherToken);
		String path = "/api/diary/students/" + student + "/complaints";

		Response empty = api().post(path, motherToken, Map.of("text", "   "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.contentType()).startsWith("application/problem+json");
		assertThat(empty.json().get("detail").asString()).contains("Опишите");
		assertThat(api().post(path, motherToken, Map.of("text", "x".repeat(4001))).status()).isEqualTo(400);
		Response backwards = api().post(path, motherToken, Map.of("text", "Нет отметок", "from", "2026-11-20", "to", "2026-11-10"));
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().get("detail").asString()).contains("Период указан неверно");
		assertThat(api().post(path, motherToken, Map.of("text", "Нет отметок", "from", "2026-11-20")).json().get("detail").asString())
			.contains("обе даты");
		assertThat(api().post(path, motherToken, Map.of("text", "Нет отметок", "periodId", UUID.randomUUID())).status()).isEqualTo(400);
		assertThat(api().post(path, motherToken, Map.of("text", "Нет отметок", "from", "вчера", "to", "2026-11-10")).status())
			.as("an unreadable date").isEqualTo(400);
		assertThat(api().post(path, motherToken, Map.of("text", "Нет отметок", "form", "paper")).json().get("detail").asString())
			.contains("регистрирует школа");
		String desk = token("school-admin", UUID.randomUUID(), school);
		assertThat(api().post(path, desk, Map.of("text", "Устно", "form", "oral", "complainantId", UUID.randomUUID()))
			.json().get("detail").asString()).as("the desk names someone of the family").contains("заявителя");
		assertThat(api().post(path, desk, Map.of("text", "Устно", "complainantId", mother)).status()).isEqualTo(400);
		assertThat(api().get(path, motherToken).json().size()).as("nothing written").isZero();

		String id = api().post(path, motherToken, Map.of("text", "Нет отметок.")).json().get("id").asString();
		Response strangeMark = api().post("/api/diary/complaints/" + id + "/answer", desk, Map.of("text", "Отметка выставлена",
				"markIds", List.of(mark, UUID.randomUUID())));
		assertThat(strangeMark.status()).isEqualTo(400);
		assertThat(strangeMark.json().get("detail").asString()).contains("не найдена в дневнике");
		assertThat(api().post("/api/diary/complaints/" + id + "/answer", desk, Map.of("text", "")).status()).isEqualTo(400);
		assertThat(api().send("PUT", "/api/diary/complaints/" + id + "/assignee", desk, Map.of(), Map.of()).status()).isEqualTo(400);
		Response still = api().get("/api/diary/complaints/" + id, desk);
		assertThat(still.json().get("status").asString()).as("no partial answer").isEqualTo("open");
		assertThat(still.json().get("entries").size()).isZero();
		LimitRule.assertRefusedBeyond(api(), "/api/diary/schools/" + school + "/complaints", desk, 200);
		assertThat(api().get("/api/diary/schools/" + school + "/complaints?cursor=bad", desk).status()).isEqualTo(400);
	}

	@Test
	void theOverdueReportListsTheSchoolsLateComplaintsAsDefusedCsvAndTheRegionSeesItsSchoolsWithoutTheStudents() {
		family();
		String motherToken = token("guardian", mother, school);
		awaitFamily(motherToken);
		String path = "/api/diary/students/" + student + "/complaints";
		CLOCK.setTo(java.time.Instant.now().minus(Duration.ofDays(40)));
		String late = api().post(path, motherToken, Map.of("text", "Давно нет отметок", "subjectName", "=HYPERLINK(\"http://x\")"))
			.json().get("id").asString();
		CLOCK.reset();
		String fresh = api().post(path, motherToken, Map.of("text", "Нет отметок за неделю")).json().get("id").asString();

		String admin = token("school-admin", UUID.randomUUID(), school);
		Response report = api().get("/api/diary/schools/" + school + "/complaints/overdue", admin);
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.json().size()).isEqualTo(1);
		assertThat(report.json().get(0).get("complaintId").asString()).isEqualTo(late);
		assertThat(report.json().get(0).get("daysOverdue").asInt()).isBetween(9, 11);
		assertThat(report.json().get(0).get("studentName").asString()).isEqualTo("Иванов Пётр");
		assertThat(report.toString()).doesNotContain(fresh);
		Response open = api().get("/api/diary/schools/" + school + "/complaints", admin);
		assertThat(open.json().get("items").get(0).get("overdue").asBoolean()).as("earliest due first").isTrue();

		Response csv = api().send("GET", "/api/diary/schools/" + school + "/complaints/overdue", admin, null, Map.of("Accept", "text/csv"));
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains("Номер;Школа;Обучающийся", "МБОУ «Школа № 7»", "Иванов Пётр", "'=HYPERLINK");

		String operator = regionOperator(region);
		Response regional = api().get("/api/diary/regions/" + region + "/complaints/overdue", operator);
		assertThat(regional.status()).isEqualTo(200);
		assertThat(regional.body()).contains(late).doesNotContain(fresh).doesNotContain("Иванов");
		Response regionalCsv = api().send("GET", "/api/diary/regions/" + region + "/complaints/overdue", operator, null,
				Map.of("Accept", "text/csv"));
		assertThat(regionalCsv.body()).contains("МБОУ «Школа № 7»").doesNotContain("Иванов");
		String otherRegion = region.equals("70") ? "71" : "70";
		assertThat(api().get("/api/diary/regions/" + otherRegion + "/complaints/overdue", operator).status())
			.as("a region the operator does not serve").isEqualTo(404);
		assertThat(api().get("/api/diary/regions/" + region + "/complaints/overdue", admin).status()).isEqualTo(404);
		assertThat(api().get("/api/diary/regions/7/complaints/overdue", operator).status()).isEqualTo(400);
		assertThat(api().get("/api/diary/schools/" + school + "/complaints/overdue", token("school-admin", UUID.randomUUID(),
				UUID.randomUUID())).status()).as("another school's admin").isEqualTo(404);
	}

	private void family() {
		send("identity.schools.v1", school.toString(), Envelopes.envelope("/ejd/identity-service", "identity.school.registered",
				school.toString(), school, 1, Map.of("schoolId", school, "name", "МБОУ «Школа № 7»", "regionCode", region,
						"municipality", "г. Москва", "timeZone", "Europe/Moscow")));
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.persons.v1", sister.toString(), studentRegistered(sister, school));
		send("identity.representations.v1", student.toString(), representation(mother, student, school));
		Map<String, Object> data = markData(mark, student, school, "5");
		data.put("workDate", today.minusDays(10).toString());
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted", mark.toString(),
				school, 1, data));
		send("journal.enrolments.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.student.enrolled",
				UUID.randomUUID().toString(), school, 1, Map.of("enrolmentId", UUID.randomUUID(), "studentId", student, "schoolId", school,
						"classGroupId", classGroup, "classGroupName", "5 А", "kind", "class", "academicYear", "2026/2027",
						"from", today.minusDays(60).toString())));
		Map<String, Object> lessonData = new HashMap<>(Map.of("lessonId", lesson, "schoolId", school, "classGroupId", classGroup,
				"subjectId", UUID.randomUUID(), "subjectName", "Математика", "teacherId", UUID.randomUUID(),
				"date", today.minusDays(10).toString(), "periodNo", 2, "lessonType", "regular", "topicOnTime", true));
		lessonData.put("topic", "Дроби");
		send("journal.lessons.v1", classGroup.toString(), Envelopes.envelope("/ejd/journal-service", "journal.lesson.recorded",
				lesson.toString(), school, 1, lessonData));
	}

	/** The family's projection, the mark and the lesson have arrived. */
	private void awaitFamily(String motherToken) {
		Eventually.until(() -> api().get("/api/diary/students/" + student + "/marks?from=" + today.minusDays(20), motherToken),
				r -> r.status() == 200 && r.json().size() == 1, Duration.ofSeconds(30));
		Eventually.until(() -> api().get("/api/diary/students/" + student + "/lessons?from=" + today.minusDays(20) + "&to=" + today,
				motherToken), r -> r.status() == 200 && r.body().contains("Дроби"), Duration.ofSeconds(30));
	}

	private static String regionOperator(String regionCode) {
		String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(username, "User-pass-12", List.of("region-operator"), UUID.randomUUID().toString(), List.of(),
				List.of(regionCode));
		return RealServers.keycloak().passwordToken(username, "User-pass-12");
	}

	HttpResponse<byte[]> pdf(String path, String token) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
				.header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}
}
