package org.ejd.journal.averages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class AveragesIT extends JournalIT {

	@Test
	void theAverageWeighsWorkTypesByTheSchoolsPolicyAndCanExcludeOneMark() {
		School school = school();
		post(school, "5", "oral");
		post(school, "2", "test");
		// defaults: oral 1, test 2 -> (5*1 + 2*2) / 3 = 3.00
		assertThat(average(school, null)).isEqualByComparingTo("3.00");

		String excluded = post(school, "2", "oral");
		Response out = api().send("PATCH", "/api/journal/marks/" + excluded, school.teacherToken(),
				Map.of("countsInAverage", false, "reason", "Отсутствовал по болезни, работа не оценивается"),
				Map.of("If-Match", "\"1\""));
		assertThat(out.status()).as(out.toString()).isEqualTo(200);
		assertThat(out.json().get("countsInAverage").asBoolean()).isFalse();
		assertThat(average(school, null)).isEqualByComparingTo("3.00");
	}

	@Test
	void aNewPolicyStartsTodayOrLaterAndNeverMovesPastAverages() {
		School school = school();
		post(school, "5", "oral");
		post(school, "2", "test");
		java.math.BigDecimal before = average(school, today().minusDays(1));

		Response past = api().post("/api/journal/schools/" + school.id() + "/averaging-policies", school.adminToken(),
				Map.of("effectiveFrom", today().minusDays(1), "weights", weights(3)));
		assertThat(past.status()).isEqualTo(400);
		Response set = api().post("/api/journal/schools/" + school.id() + "/averaging-policies", school.adminToken(),
				Map.of("effectiveFrom", today(), "weights", weights(3)));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		var event = EventProbe.await("journal.policies.v1", r -> r.key().equals(school.id().toString()), Duration.ofSeconds(30));
		new EventContracts().validate("journal.policies.v1", JsonMapper.builder().build().readTree(event.value()));

		assertThat(average(school, today().minusDays(1))).as("yesterday's average is what it was").isEqualTo(before);
		post(school, "5", "test", today());
		// the old marks keep their weights (1 and 2); today's test weighs 3: (5 + 4 + 15) / 6 = 4.00
		assertThat(average(school, null)).isEqualByComparingTo("4.00");
		assertThat(api().post("/api/journal/schools/" + school.id() + "/averaging-policies", school.teacherToken(),
				Map.of("effectiveFrom", today(), "weights", weights(3))).status()).isEqualTo(403);
	}

	@Test
	void theSchoolAdminSetsTheForecastRoundingThresholdWithThePolicyAndTheDiaryIsTold() {
		School school = school();
		String path = "/api/journal/schools/" + school.id() + "/averaging-policies";
		for (String wrong : java.util.List.of("0.49", "0.91", "0.555")) {
			Response refused = api().post(path, school.adminToken(), Map.of("effectiveFrom", today(), "weights", weights(2),
					"roundUpFrom", new java.math.BigDecimal(wrong)));
			assertThat(refused.status()).as(wrong).isEqualTo(400);
			assertThat(refused.json().get("detail").asString()).isEqualTo("Порог округления прогноза задаётся от 0,50 до 0,90 с шагом 0,01.");
		}
		assertThat(api().get(path, school.adminToken()).json().size()).as("nothing written").isZero();

		Response set = api().post(path, school.adminToken(), Map.of("effectiveFrom", today(), "weights", weights(2), "roundUpFrom",
				new java.math.BigDecimal("0.6")));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json().get("roundUpFrom").decimalValue()).isEqualByComparingTo("0.60");
		var event = EventProbe.await("journal.policies.v1", r -> r.key().equals(school.id().toString())
				&& r.value().contains("\"roundUpFrom\":0.6"), Duration.ofSeconds(30));
		new EventContracts().validate("journal.policies.v1", JsonMapper.builder().build().readTree(event.value()));

		Response weightsOnly = api().post(path, school.adminToken(), Map.of("effectiveFrom", today().plusDays(7), "weights", weights(3)));
		assertThat(weightsOnly.json().get("roundUpFrom").decimalValue()).as("a policy without a threshold keeps the school's")
			.isEqualByComparingTo("0.60");
	}

	@Test
	void anAverageAsOfADayUsesTheValuesOfThatDay() {
		School school = school();
		String mark = post(school, "2", "oral");
		api().send("PATCH", "/api/journal/marks/" + mark, school.teacherToken(), Map.of("value", "5", "reason", "Ошибка ввода"),
				Map.of("If-Match", "\"1\""));
		assertThat(average(school, null)).isEqualByComparingTo("5.00");
		assertThat(average(school, today().minusDays(1))).as("posted today: nothing yesterday").isNull();
	}

	private String post(School school, String value, String workType) {
		return post(school, value, workType, today().minusDays(1));
	}

	private String post(School school, String value, String workType, java.time.LocalDate workDate) {
		Response posted = api().post("/api/journal/marks", school.teacherToken(), Map.of("studentId", school.studentId(),
				"classGroupId", school.classGroupId(), "subjectId", school.subjectId(), "value", value, "workType", workType,
				"workDate", workDate));
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		return posted.json().get("id").asString();
	}

	private java.math.BigDecimal average(School school, java.time.LocalDate asOf) {
		Response averages = api().get("/api/journal/class-groups/" + school.classGroupId() + "/averages?subjectId="
				+ school.subjectId() + (asOf == null ? "" : "&asOf=" + asOf), school.teacherToken());
		assertThat(averages.status()).as(averages.toString()).isEqualTo(200);
		return averages.json().isEmpty() ? null : averages.json().get(0).get("average").decimalValue();
	}

	private static Map<String, Integer> weights(int test) {
		return Map.of("oral", 1, "written", 1, "test", test, "homework", 1, "distance", 1, "lab", 1, "other", 1);
	}
}
