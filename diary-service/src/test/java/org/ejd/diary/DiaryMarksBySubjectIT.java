package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** D1, J11, D8, J13 for families: marks by subject and period, their history, the forecast, the trend and the school's rules. */
class DiaryMarksBySubjectIT extends DiaryIT {

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	final UUID period = UUID.randomUUID();

	final UUID subject = UUID.randomUUID();

	final LocalDate today = LocalDate.now();

	@Test
	void guardianSeesEveryMarkBySubjectWithItsCorrectionsAndDeletionsAndTheJournalsAverage() {
		family();
		UUID corrected = post("3", "written", 1, today.minusDays(2));
		post("5", "test", 2, today.minusDays(1));
		UUID deleted = post("2", "oral", 1, today.minusDays(1));
		Map<String, Object> correction = mark(corrected, "4", "written", 1, today.minusDays(2));
		correction.remove("enteredAt");
		correction.remove("onTime");
		correction.put("correctedAt", Instant.now().toString());
		correction.put("correctedBy", UUID.randomUUID());
		correction.put("reason", "Ошибка при вводе: в тетради «4»");
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.corrected",
				corrected.toString(), school, 2, correction));
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.deleted",
				deleted.toString(), school, 2, Map.of("markId", deleted, "studentId", student, "schoolId", school,
						"deletedAt", Instant.now().toString(), "deletedBy", UUID.randomUUID(), "reason", "Не тому ученику")));

		String guardianToken = token("guardian", guardian, school);
		Response view = Eventually.until(() -> api().get("/api/diary/students/" + student + "/subjects", guardianToken),
				r -> r.status() == 200 && r.body().contains("Не тому ученику") && r.body().contains("Ошибка при вводе"),
				Duration.ofSeconds(30));
		assertThat(view.json().get("period").get("id").asString()).as("the period holding today by default").isEqualTo(period.toString());
		JsonNode maths = view.json().get("subjects").get(0);
		assertThat(maths.get("subjectName").asString()).isEqualTo("Математика");
		assertThat(maths.get("average").decimalValue()).as("(4×1 + 5×2) / 3, the deleted 2 left out").isEqualByComparingTo("4.67");
		assertThat(maths.get("marks").size()).isEqualTo(3);
		JsonNode correctedLine = line(maths, corrected);
		assertThat(correctedLine.get("value").asString()).isEqualTo("4");
		assertThat(correctedLine.get("workDate").asString()).isEqualTo(today.minusDays(2).toString());
		assertThat(correctedLine.get("changes").get(0).get("oldValue").asString()).isEqualTo("3");
		assertThat(correctedLine.get("changes").get(0).get("newValue").asString()).isEqualTo("4");
		JsonNode deletedLine = line(maths, deleted);
		assertThat(deletedLine.get("deleted").asBoolean()).isTrue();
		assertThat(deletedLine.get("changes").get(0).get("kind").asString()).isEqualTo("deleted");
		assertThat(deletedLine.get("changes").get(0).get("oldValue").asString()).isEqualTo("2");

		String etag = view.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("etag")).map(Map.Entry::getValue)
			.findFirst().orElseThrow();
		assertThat(api().send("GET", "/api/diary/students/" + student + "/subjects", guardianToken, null,
				Map.of("If-None-Match", etag)).status()).as("unchanged: 304").isEqualTo(304);
		assertThat(api().get("/api/diary/students/" + student + "/subjects?periodId=" + period, guardianToken).status()).isEqualTo(200);
		assertThat(api().get("/api/diary/students/" + student + "/subjects?periodId=" + UUID.randomUUID(), guardianToken).status())
			.as("another school's or an unknown period").isEqualTo(404);
		assertThat(api().get("/api/diary/students/" + student + "/subjects", token("guardian", UUID.randomUUID(), school)).status())
			.isEqualTo(404);
		assertThat(api().get("/api/diary/students/" + student + "/subjects", token("teacher", UUID.randomUUID(), school)).status())
			.isEqualTo(404);
	}

	@Test
	void theForecastRoundsTheAverageByTheSchoolRuleListsPlannedTestsAndWhatIfIsNeverStored() {
		family();
		UUID group = UUID.randomUUID();
		send("journal.enrolments.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.student.enrolled",
				UUID.randomUUID().toString(), school, 1, Map.of("enrolmentId", UUID.randomUUID(), "studentId", student,
						"classGroupId", group, "classGroupName", "7 Б", "kind", "class", "academicYear", "2026/2027",
						"schoolId", school, "from", today.minusDays(90).toString())));
		send("journal.lessons.v1", group.toString(), Envelopes.envelope("/ejd/journal-service", "journal.assessment.planned",
				UUID.randomUUID().toString(), school, 1, Map.of("assessmentId", UUID.randomUUID(), "schoolId", school,
						"classGroupId", group, "subjectId", subject, "subjectName", "Математика",
						"date", today.plusDays(10).toString(), "title", "Контрольная работа № 4")));
		post("4", "oral", 1, today.minusDays(8));
		post("3", "written", 1, today);

		String guardianToken = token("guardian", guardian, school);
		Response forecast = Eventually.until(() -> api().get("/api/diary/students/" + student + "/forecast", guardianToken),
				r -> r.status() == 200 && r.body().contains("\"marksCounted\":2") && r.body().contains("Контрольная работа № 4"),
				Duration.ofSeconds(30));
		JsonNode maths = forecast.json().get("subjects").get(0);
		assertThat(maths.get("average").decimalValue()).isEqualByComparingTo("3.50");
		assertThat(maths.get("expectedMark").asInt()).as("3.50 reaches the half: rounds up").isEqualTo(4);
		assertThat(maths.get("plannedTests").get(0).get("date").asString()).isEqualTo(today.plusDays(10).toString());

		Response whatIf = api().post("/api/diary/students/" + student + "/forecast/what-if", guardianToken,
				Map.of("marks", List.of(Map.of("subjectName", "Математика", "value", "2", "workType", "test"))));
		assertThat(whatIf.status()).isEqualTo(200);
		assertThat(whatIf.json().get("whatIf").asBoolean()).isTrue();
		JsonNode hypothetical = whatIf.json().get("subjects").get(0);
		assertThat(hypothetical.get("average").decimalValue()).as("(4 + 3 + 2×2) / 4 with the test's default weight 2")
			.isEqualByComparingTo("2.75");
		assertThat(hypothetical.get("expectedMark").asInt()).isEqualTo(3);
		assertThat(api().get("/api/diary/students/" + student + "/forecast", guardianToken).json().get("subjects").get(0)
			.get("average").decimalValue()).as("the what-if left nothing behind").isEqualByComparingTo("3.50");

		Response outOfScale = api().post("/api/diary/students/" + student + "/forecast/what-if", guardianToken,
				Map.of("marks", List.of(Map.of("subjectName", "Математика", "value", "6", "weight", 1))));
		assertThat(outOfScale.status()).isEqualTo(400);
		assertThat(outOfScale.isProblem()).isTrue();
		assertThat(outOfScale.body()).contains("пятибалльной");
		assertThat(api().post("/api/diary/students/" + student + "/forecast/what-if", guardianToken,
				Map.of("marks", List.of(Map.of("subjectName", "Математика", "value", "5", "workType", "essay")))).status())
			.as("a work type the school has no weight for").isEqualTo(400);
		assertThat(api().post("/api/diary/students/" + student + "/forecast/what-if", guardianToken, Map.of("marks", List.of()))
			.status()).as("nothing to suppose").isEqualTo(400);
		assertThat(api().post("/api/diary/students/" + student + "/forecast/what-if", token("guardian", UUID.randomUUID(), school),
				Map.of("marks", List.of(Map.of("subjectName", "Математика", "value", "5", "weight", 1)))).status()).isEqualTo(404);

		Response trend = api().get("/api/diary/students/" + student + "/trend", guardianToken);
		assertThat(trend.status()).isEqualTo(200);
		JsonNode weeks = trend.json().get("subjects").get(0).get("weeks");
		assertThat(weeks.get(weeks.size() - 1).get("average").decimalValue()).as("the student's own average, this week")
			.isEqualByComparingTo("3.50");
		assertThat(trend.body()).doesNotContain("rank");
	}

	@Test
	void familiesReadTheSchoolsDeadlinesScalesAndAveragingWeightsInForce() {
		family();
		String guardianToken = token("guardian", guardian, school);
		Response defaults = Eventually.until(() -> api().get("/api/diary/students/" + student + "/school-rules", guardianToken),
				r -> r.status() == 200, Duration.ofSeconds(30));
		assertThat(defaults.json().get("deadlines").get("writtenMarkDays").asInt()).isEqualTo(6);
		assertThat(defaults.json().get("averaging").get("byWorkType").get("test").decimalValue()).isEqualByComparingTo("2");
		assertThat(defaults.json().get("forecastRoundsUpFrom").decimalValue()).isEqualByComparingTo("0.5");

		Map<String, Object> weights = new HashMap<>(Map.of("oral", 1, "written", 1.5, "test", 3, "homework", 0.5, "distance", 1,
				"lab", 1, "other", 1));
		send("journal.policies.v1", school.toString(), Envelopes.envelope("/ejd/journal-service", "journal.averaging-policy.changed",
				school.toString(), school, 1, Map.of("schoolId", school, "version", 1, "effectiveFrom", today.minusDays(1).toString(),
						"weights", weights)));
		send("journal.policies.v1", school.toString(), Envelopes.envelope("/ejd/journal-service", "journal.deadline-policy.changed",
				school.toString(), school, 1, Map.of("schoolId", school, "version", 1, "currentMarkDays", 1, "writtenMarkDays", 4,
						"distanceMarkDays", 0, "topicDays", 0, "absenceDays", 1, "periodMarkDays", 2)));
		Response rules = Eventually.until(() -> api().get("/api/diary/students/" + student + "/school-rules", guardianToken),
				r -> r.status() == 200 && r.json().get("deadlines").get("writtenMarkDays").asInt() == 4
						&& r.json().get("averaging").get("byWorkType").get("test").decimalValue().compareTo(new BigDecimal("3")) == 0,
				Duration.ofSeconds(30));
		assertThat(defaults.json().get("markScales").toString()).contains("five-point", "pass-fail", "н/а");
		send("journal.policies.v1", school.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark-scales.changed",
				school.toString(), school, 1, Map.of("schoolId", school, "version", 1, "fivePoint", true, "passFail", true,
						"notes", false)));
		Response scales = Eventually.until(() -> api().get("/api/diary/students/" + student + "/school-rules", guardianToken),
				r -> r.status() == 200 && r.json().get("markScales").size() == 2, Duration.ofSeconds(30));
		assertThat(scales.json().get("markScales").toString()).contains("five-point", "pass-fail").doesNotContain("н/а");
		assertThat(api().get("/api/diary/students/" + student + "/school-rules", token("student", UUID.randomUUID(), school))
			.status()).isEqualTo(404);
	}

	private void family() {
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
		send("journal.periods.v1", school.toString(), Envelopes.envelope("/ejd/journal-service", "journal.period.defined",
				period.toString(), school, 1, Map.of("periodId", period, "schoolId", school, "academicYear", "2026/2027",
						"name", "2 четверть", "kind", "quarter", "startDate", today.minusDays(40).toString(),
						"endDate", today.plusDays(40).toString(), "closed", false)));
		send("journal.periods.v1", school.toString(), Envelopes.envelope("/ejd/journal-service", "journal.period.defined",
				UUID.randomUUID().toString(), school, 1, Map.of("periodId", UUID.randomUUID(), "schoolId", school,
						"academicYear", "2026/2027", "name", "Год", "kind", "year", "startDate", today.minusDays(100).toString(),
						"endDate", today.plusDays(200).toString(), "closed", false)));
	}

	private UUID post(String value, String workType, double weight, LocalDate workDate) {
		UUID id = UUID.randomUUID();
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
				id.toString(), school, 1, mark(id, value, workType, weight, workDate)));
		return id;
	}

	private Map<String, Object> mark(UUID id, String value, String workType, double weight, LocalDate workDate) {
		Map<String, Object> data = markData(id, student, school, value);
		data.put("subjectId", subject);
		data.put("workType", workType);
		data.put("weight", weight);
		data.put("workDate", workDate.toString());
		return data;
	}

	private static JsonNode line(JsonNode subject, UUID markId) {
		for (JsonNode mark : subject.get("marks")) {
			if (mark.get("markId").asString().equals(markId.toString())) {
				return mark;
			}
		}
		throw new AssertionError("no mark " + markId);
	}
}
