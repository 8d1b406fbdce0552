package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.diary.forecast.PublishingForecasts;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** D8: once a week, on the school's Friday evening, every student's forecast goes out as diary.forecast.published. */
class DiaryWeeklyForecastIT extends DiaryIT {

	@Autowired
	PublishingForecasts publishing;

	@Autowired
	JdbcClient jdbc;

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	@Test
	void onFridayEveningInTheSchoolsZoneEachStudentsForecastIsPublishedOnceKeyedByTheStudent() {
		LocalDate friday = LocalDate.now().with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
		ZoneId kamchatka = ZoneId.of("Asia/Kamchatka");
		// the clock moves first, so the scheduled job, if it runs meanwhile, sees the same time as the test
		CLOCK.setTo(friday.atTime(17, 59).atZone(kamchatka).toInstant());
		send("identity.schools.v1", school.toString(), Envelopes.envelope("/ejd/identity-service", "identity.school.registered",
				school.toString(), school, 1, Map.of("schoolId", school, "name", "МАОУ «Лицей № 2»", "regionCode", "41",
						"municipality", "Петропавловск-Камчатский", "timeZone", "Asia/Kamchatka")));
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		UUID period = UUID.randomUUID();
		send("journal.periods.v1", school.toString(), Envelopes.envelope("/ejd/journal-service", "journal.period.defined",
				period.toString(), school, 1, Map.of("periodId", period, "schoolId", school, "academicYear", "2026/2027",
						"name", "2 четверть", "kind", "quarter", "startDate", friday.minusDays(30).toString(),
						"endDate", friday.plusDays(30).toString(), "closed", false)));
		UUID mark = UUID.randomUUID();
		Map<String, Object> data = markData(mark, student, school, "4");
		data.put("workDate", friday.minusDays(3).toString());
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted", mark.toString(),
				school, 1, data));
		Eventually.until(() -> jdbc.sql("select count(*) from diary_mark where mark_id = ?").param(mark).query(Integer.class).single()
				+ jdbc.sql("select count(*) from period where id = ?").param(period).query(Integer.class).single()
				+ jdbc.sql("select count(*) from school where id = ? and time_zone = 'Asia/Kamchatka'").param(school)
					.query(Integer.class).single(), n -> n == 3, Duration.ofSeconds(30));

		publishing.publishDue();
		assertThat(weeks()).as("17:59 in Kamchatka: not yet").isZero();
		CLOCK.setTo(friday.atTime(18, 0).atZone(kamchatka).toInstant());
		publishing.publishDue();
		publishing.publishDue();
		assertThat(weeks()).as("once a week, however often the job runs").isEqualTo(1);
		CLOCK.reset();

		ConsumerRecord<String, String> published = EventProbe.await("diary.forecasts.v1", r -> student.toString().equals(r.key()),
				Duration.ofSeconds(30));
		JsonNode envelope = JsonMapper.builder().build().readTree(published.value());
		assertThat(envelope.get("type").asString()).isEqualTo("diary.forecast.published");
		JsonNode forecast = envelope.get("data");
		assertThat(forecast.get("weekOf").asString()).isEqualTo(friday.with(DayOfWeek.MONDAY).toString());
		assertThat(forecast.get("periodName").asString()).isEqualTo("2 четверть");
		assertThat(forecast.get("subjects").get(0).get("subjectName").asString()).isEqualTo("Математика");
		assertThat(forecast.get("subjects").get(0).get("expectedMark").asInt()).isEqualTo(4);
	}

	private int weeks() {
		return jdbc.sql("select count(*) from forecast_week where school_id = ?").param(school).query(Integer.class).single();
	}
}
