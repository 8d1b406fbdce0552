package org.ejd.journal.periods;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class GradeBookIT extends JournalIT {

	private final EventContracts contracts = new EventContracts();

	@Test
	void aTeacherRecordsAPeriodMarkAndItIsAnnouncedToTheDiary() {
		School school = school();
		String period = quarter(school, today().minusDays(20), today().minusDays(1));
		Response grade = api().send("PUT", "/api/journal/grades", school.teacherToken(), grade(school, period, "period", "4"), Map.of());
		assertThat(grade.status()).as(grade.toString()).isEqualTo(200);
		assertThat(grade.json().get("onTime").asBoolean()).isTrue();
		String id = grade.json().get("id").asString();
		var event = EventProbe.await("journal.periods.v1", r -> r.value().contains(id), Duration.ofSeconds(30));
		assertThat(event.key()).isEqualTo(school.studentId().toString());
		contracts.validate("journal.periods.v1", JsonMapper.builder().build().readTree(event.value()));
	}

	@Test
	void aFinalMarkIsDeferredForIllnessWithItsNewDateAndShowsOnTheSummarySheet() {
		School school = school();
		String period = api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of(
				"academicYear", year(), "name", "Год", "kind", "year", "startDate", yearStart(), "endDate", today().minusDays(1)))
			.json().get("id").asString();
		Map<String, Object> deferral = grade(school, period, "final", null);
		deferral.put("deferredUntil", today().plusDays(14));
		deferral.put("deferralReason", "Болезнь, справка № 17");
		Response deferred = api().send("PUT", "/api/journal/grades", school.teacherToken(), deferral, Map.of());
		assertThat(deferred.status()).as(deferred.toString()).isEqualTo(200);
		assertThat(deferred.json().get("deferredUntil").asString()).isEqualTo(today().plusDays(14).toString());
		var event = EventProbe.await("journal.periods.v1", r -> r.value().contains(deferred.json().get("id").asString()),
				Duration.ofSeconds(30));
		contracts.validate("journal.periods.v1", JsonMapper.builder().build().readTree(event.value()));

		UUID leader = UUID.randomUUID();
		publish("identity.staff.v1", "identity.staff.appointed", leader, school.id(), Map.of("personId", leader, "schoolId",
				school.id(), "roles", List.of("teacher", "class-teacher"), "lastName", "Орлова", "firstName", "Нина"));
		org.ejd.testkit.Eventually.until(() -> api().send("PUT", "/api/journal/class-groups/" + school.classGroupId()
				+ "/class-teacher", school.adminToken(), Map.of("teacherId", leader), Map.of()), r -> r.status() == 204,
				Duration.ofSeconds(30));
		String classTeacher = user(List.of("teacher", "class-teacher"), leader, school.id());
		String otherClassTeacher = user(List.of("teacher", "class-teacher"), UUID.randomUUID(), school.id());
		assertThat(api().get("/api/journal/class-groups/" + school.classGroupId() + "/summary-sheet?academicYear=" + year(),
				otherClassTeacher).status()).as("the class teacher of another class").isEqualTo(403);
		Response sheet = api().send("GET", "/api/journal/class-groups/" + school.classGroupId() + "/summary-sheet?academicYear="
				+ year(), classTeacher, null, Map.of("Accept", "text/csv"));
		assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
		assertThat(sheet.body()).contains("Иванов Пётр;Математика;итоговая;;" + today().plusDays(14));
	}

	@Test
	void aChangeAfterThePeriodIsClosedNeedsAReasonAndKeepsTheHistory() {
		School school = school();
		String period = quarter(school, today().minusDays(30), today().minusDays(10));
		api().send("PUT", "/api/journal/grades", school.teacherToken(), grade(school, period, "period", "3"), Map.of());
		String lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today().minusDays(20), "periodNo", 1)).json().get("id").asString();
		assertThat(api().post("/api/journal/periods/" + period + "/close", school.teacherToken(), null).status()).isEqualTo(403);
		assertThat(api().post("/api/journal/periods/" + period + "/close", school.adminToken(), null).json().get("closed").asBoolean())
			.isTrue();

		Response withoutReason = api().send("PUT", "/api/journal/grades", school.teacherToken(), grade(school, period, "period", "4"), Map.of());
		assertThat(withoutReason.status()).isEqualTo(422);
		assertThat(withoutReason.json().get("detail").asString()).contains("причины");
		Map<String, Object> withReason = grade(school, period, "period", "4");
		withReason.put("reason", "Пересдача по решению педсовета");
		Response noIfMatch = api().send("PUT", "/api/journal/grades", school.teacherToken(), withReason, Map.of());
		assertThat(noIfMatch.status()).as("a change names the version it changes").isEqualTo(428);
		assertThat(noIfMatch.isProblem()).isTrue();
		assertThat(api().send("PUT", "/api/journal/grades", school.teacherToken(), withReason, Map.of("If-Match", "\"5\"")).status())
			.as("someone saw another version").isEqualTo(412);
		Response changed = api().send("PUT", "/api/journal/grades", school.teacherToken(), withReason, Map.of("If-Match", "\"1\""));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.headers().get("etag")).isEqualTo("\"2\"");
		assertThat(changed.json().get("version").asInt()).isEqualTo(2);
		assertThat(changed.json().get("onTime").asBoolean()).as("10 days after the end: late, but accepted").isFalse();

		Map<String, Object> mark = new HashMap<>(Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "value", "5", "workType", "oral", "workDate", today().minusDays(15)));
		Response noReason = api().post("/api/journal/marks", school.teacherToken(), mark);
		assertThat(noReason.status()).as("a mark in a closed period needs a reason").isEqualTo(422);
		mark.put("reason", "Работа сдана после болезни");
		Response late = api().post("/api/journal/marks", school.teacherToken(), mark);
		assertThat(late.status()).isEqualTo(201);
		Response history = api().get("/api/journal/marks/" + late.json().get("id").asString() + "/history", school.teacherToken());
		assertThat(history.json().get(0).get("action").asString()).isEqualTo("ENTERED_AFTER_CLOSING");
		assertThat(history.json().get(0).get("reason").asString()).isEqualTo("Работа сдана после болезни");

		Response topicWithoutReason = api().send("PUT", "/api/journal/lessons/" + lesson + "/content", school.teacherToken(),
				Map.of("topic", "Дроби"), Map.of("If-Match", "\"1\""));
		assertThat(topicWithoutReason.status()).as("a lesson of a closed period too").isEqualTo(422);
		Response topic = api().send("PUT", "/api/journal/lessons/" + lesson + "/content", school.teacherToken(),
				Map.of("topic", "Дроби", "reason", "Тема не была внесена вовремя"), Map.of("If-Match", "\"1\""));
		assertThat(topic.status()).isEqualTo(200);
		assertThat(api().get("/api/journal/lessons/" + lesson + "/changes-after-closing", school.adminToken()).body())
			.contains("Тема не была внесена вовремя");
	}

	@Test
	void badPeriodsAndGradesAreClearProblems() {
		School school = school();
		String period = quarter(school, today().minusDays(20), today().minusDays(1));
		Response overlap = api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of(
				"academicYear", year(), "name", "Ещё одна", "kind", "quarter", "startDate", today().minusDays(5), "endDate", today()));
		assertThat(overlap.status()).isEqualTo(409);
		Response badValue = api().send("PUT", "/api/journal/grades", school.teacherToken(), grade(school, period, "period", "7"), Map.of());
		assertThat(badValue.status()).isEqualTo(400);
		Map<String, Object> badDeferral = grade(school, period, "final", null);
		badDeferral.put("deferredUntil", today().minusDays(5));
		badDeferral.put("deferralReason", "Болезнь");
		assertThat(api().send("PUT", "/api/journal/grades", school.teacherToken(), badDeferral, Map.of()).status()).isEqualTo(400);
		School other = school();
		assertThat(api().send("PUT", "/api/journal/grades", other.teacherToken(), grade(school, period, "period", "5"), Map.of())
			.status()).isEqualTo(404);
	}

	private String quarter(School school, LocalDate start, LocalDate end) {
		Response period = api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of(
				"academicYear", academicYearOf(start), "name", "2 четверть", "kind", "quarter", "startDate", start, "endDate", end));
		assertThat(period.status()).as(period.toString()).isEqualTo(201);
		return period.json().get("id").asString();
	}

	private static Map<String, Object> grade(School school, String period, String kind, String value) {
		Map<String, Object> grade = new HashMap<>();
		grade.put("periodId", period);
		grade.put("classGroupId", school.classGroupId());
		grade.put("subjectId", school.subjectId());
		grade.put("studentId", school.studentId());
		grade.put("kind", kind);
		if (value != null) {
			grade.put("value", value);
		}
		return grade;
	}

	private static int firstYear() {
		return today().getMonthValue() >= 8 ? today().getYear() : today().getYear() - 1;
	}

	private static String year() {
		return firstYear() + "/" + (firstYear() + 1);
	}

	/** The first of September, or 1 August early in the year; never after yesterday. */
	private static LocalDate yearStart() {
		LocalDate september = LocalDate.of(firstYear(), 9, 1);
		LocalDate august = LocalDate.of(firstYear(), 8, 1);
		return september.isBefore(today()) ? september : august;
	}
}
