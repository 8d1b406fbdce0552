package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
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

/** D8 with docs/adr/0014: the forecast and what-if round by the threshold each school publishes with its averaging policy. */
class DiaryForecastRoundingIT extends DiaryIT {

	// the diary's today for a school it has no zone for: the default zone's date, not the JVM's (UTC) after 21:00 UTC
	final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));

	@Test
	void twoSchoolsWithDifferentThresholdsForecastDifferentMarksForTheSameMarksAndShowTheirThreshold() {
		Family plain = family(new BigDecimal("0.50"));
		Family strict = family(new BigDecimal("0.60"));
		Family unset = family(null);

		JsonNode plainMaths = awaitForecast(plain, "0.5");
		JsonNode strictMaths = awaitForecast(strict, "0.6");
		assertThat(plainMaths.get("average").decimalValue()).isEqualByComparingTo("3.50");
		assertThat(strictMaths.get("average").decimalValue()).isEqualByComparingTo("3.50");
		assertThat(plainMaths.get("expectedMark").asInt()).as("3.50 reaches 0.50: «4»").isEqualTo(4);
		assertThat(strictMaths.get("expectedMark").asInt()).as("3.50 falls short of 0.60: «3»").isEqualTo(3);
		assertThat(awaitForecast(unset, "0.5").get("expectedMark").asInt()).as("none set: the deployment's 0.5").isEqualTo(4);

		Map<String, Object> sixtyFive = Map.of("marks", List.of(Map.of("subjectName", "Математика", "value", "4", "weight", 0.3)));
		// (4 + 3 + 4×0.3) / 2.3 = 3.565…: a «4» by 0.50, a «3» by 0.60
		Response plainWhatIf = api().post("/api/diary/students/" + plain.student + "/forecast/what-if", plain.token, sixtyFive);
		Response strictWhatIf = api().post("/api/diary/students/" + strict.student + "/forecast/what-if", strict.token, sixtyFive);
		assertThat(plainWhatIf.json().get("subjects").get(0).get("expectedMark").asInt()).isEqualTo(4);
		assertThat(strictWhatIf.json().get("subjects").get(0).get("expectedMark").asInt()).isEqualTo(3);
		assertThat(strictWhatIf.json().get("roundsUpFrom").decimalValue()).isEqualByComparingTo("0.60");

		assertThat(api().get("/api/diary/students/" + strict.student + "/school-rules", strict.token).json()
			.get("forecastRoundsUpFrom").decimalValue()).as("the families' rules page shows the school's own").isEqualByComparingTo("0.60");
		assertThat(api().get("/api/diary/students/" + unset.student + "/school-rules", unset.token).json()
			.get("forecastRoundsUpFrom").decimalValue()).isEqualByComparingTo("0.5");
	}

	@Test
	void aThresholdTakesEffectOnItsDayAndNotBefore() {
		Family family = family(new BigDecimal("0.60"));
		awaitForecast(family, "0.6");
		policy(family, 2, today.plusDays(1), new BigDecimal("0.50"));
		policy(family, 3, today.plusDays(2), new BigDecimal("0.70"));
		Eventually.until(() -> api().get("/api/diary/students/" + family.student + "/forecast", family.token),
				r -> r.status() == 200, Duration.ofSeconds(30));
		// the later versions are stored but not in force today
		Eventually.until(() -> api().get("/api/diary/students/" + family.student + "/school-rules", family.token),
				r -> r.status() == 200 && r.json().get("forecastRoundsUpFrom").decimalValue().compareTo(new BigDecimal("0.60")) == 0,
				Duration.ofSeconds(30));
		assertThat(api().get("/api/diary/students/" + family.student + "/forecast", family.token).json().get("subjects").get(0)
			.get("expectedMark").asInt()).isEqualTo(3);
	}

	private JsonNode awaitForecast(Family family, String threshold) {
		return Eventually.until(() -> api().get("/api/diary/students/" + family.student + "/forecast", family.token),
				r -> r.status() == 200 && r.body().contains("\"marksCounted\":2")
						&& r.json().get("roundsUpFrom").decimalValue().compareTo(new BigDecimal(threshold)) == 0,
				Duration.ofSeconds(30)).json().get("subjects").get(0);
	}

	record Family(UUID school, UUID student, UUID guardian, String token) {
	}

	/** A school with a period holding today, a pupil with a 4 and a 3 in maths (3.50), and its threshold (null: none set). */
	private Family family(BigDecimal roundUpFrom) {
		UUID school = UUID.randomUUID();
		UUID student = UUID.randomUUID();
		UUID guardian = UUID.randomUUID();
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
		UUID period = UUID.randomUUID();
		send("journal.periods.v1", school.toString(), Envelopes.envelope("/ejd/journal-service", "journal.period.defined",
				period.toString(), school, 1, Map.of("periodId", period, "schoolId", school, "academicYear", "2026/2027",
						"name", "2 четверть", "kind", "quarter", "startDate", today.minusDays(40).toString(),
						"endDate", today.plusDays(40).toString(), "closed", false)));
		Family family = new Family(school, student, guardian, token("guardian", guardian, school));
		if (roundUpFrom != null) {
			policy(family, 1, today.minusDays(10), roundUpFrom);
		}
		for (String value : List.of("4", "3")) {
			UUID id = UUID.randomUUID();
			Map<String, Object> data = markData(id, student, school, value);
			data.put("workDate", today.minusDays(2).toString());
			send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
					id.toString(), school, 1, data));
		}
		return family;
	}

	private void policy(Family family, int version, LocalDate from, BigDecimal roundUpFrom) {
		Map<String, Object> data = new HashMap<>(Map.of("schoolId", family.school, "version", version, "effectiveFrom", from.toString(),
				"weights", Map.of("oral", 1, "written", 1, "test", 2, "homework", 1, "distance", 1, "lab", 1, "other", 1),
				"roundUpFrom", roundUpFrom));
		send("journal.policies.v1", family.school.toString(), Envelopes.envelope("/ejd/journal-service",
				"journal.averaging-policy.changed", family.school.toString(), family.school, version, data));
	}
}
