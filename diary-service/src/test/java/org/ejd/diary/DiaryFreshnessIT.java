package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiaryFreshnessIT extends DiaryIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStatusReportsTheEventToVisibleDelayAndTheLagOfEachTopicAndEveryRowKeepsItsEventTime() {
		WeekScenario s = new WeekScenario().family(null).week();
		String mother = token("guardian", s.guardian, s.school);
		Eventually.until(() -> api().get("/api/diary/students/" + s.student + "/week?date=2026-12-07", mother),
				r -> r.status() == 200 && r.body().contains("День Конституции"), Duration.ofSeconds(30));

		Response status = Eventually.until(() -> api().get("/api/diary/status", mother),
				r -> r.status() == 200 && r.json().get("consumerLag").has("journal.lessons.v1")
						&& r.json().get("consumerLag").get("journal.lessons.v1").asLong() == 0,
				Duration.ofSeconds(30));
		assertThat(status.json().get("visibleDelay").get("events").asLong()).isPositive();
		assertThat(status.json().get("visibleDelay").get("p99Millis").asLong())
			.isGreaterThanOrEqualTo(status.json().get("visibleDelay").get("p50Millis").asLong());
		assertThat(api().get("/api/diary/status", null).status()).isEqualTo(401);

		assertThat(jdbc.sql("select event_time from lesson where lesson_id = ?").param(s.mathsMonday).query(java.time.OffsetDateTime.class)
			.single()).isNotNull();
		assertThat(jdbc.sql("select count(*) from bell_schedule where school_id = ? and event_time is not null").param(s.school)
			.query(Integer.class).single()).isEqualTo(2);

		java.time.Instant markEvent = markEventTime(s);
		assertThat(jdbc.sql("select event_time from diary_mark where mark_id = ?").param(s.mark).query(java.time.OffsetDateTime.class)
			.single().toInstant()).as("the mark keeps the time of the event that last changed it")
			.isCloseTo(markEvent, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MICROS));
		JsonNode marks = api().get("/api/diary/status", mother).json().get("marks");
		assertThat(java.time.Instant.parse(marks.get("newestEventTime").asString())).isAfterOrEqualTo(
				markEvent.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
		assertThat(marks.get("newestEventAgeMillis").asLong()).isNotNegative();
	}

	/** The CloudEvents time of the scenario's journal.mark.posted, as sent. */
	private static java.time.Instant markEventTime(WeekScenario s) {
		String envelope = s.sent.stream().filter(e -> e.envelope().contains("journal.mark.posted")).findFirst().orElseThrow().envelope();
		return java.time.Instant.parse(JsonMapper.builder().build().readTree(envelope).get("time").asString());
	}

	@Test
	void replayingEveryEventIntoAnEmptiedDiaryRebuildsTheSameWeek() {
		WeekScenario s = new WeekScenario().family(null).week();
		String mother = token("guardian", s.guardian, s.school);
		String path = "/api/diary/students/" + s.student + "/week?date=2026-12-07";
		Response before = Eventually.until(() -> api().get(path, mother),
				r -> r.status() == 200 && r.body().contains("День Конституции") && r.body().contains("\"value\":\"5\"")
						&& r.body().contains("Кузнецов") && r.body().contains("09:50") && r.body().contains("late")
						&& r.body().contains("Городская олимпиада") && r.body().contains("Карантин") && r.body().contains("Олимпиада\""),
				Duration.ofSeconds(30));

		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'
				  and table_name <> 'flyway_schema_history' and table_name not like 'event_publication%'""")
			.query(String.class).list();
		jdbc.sql("truncate table " + String.join(", ", tables)).update();
		assertThat(api().get(path, mother).status()).as("an empty diary knows nobody").isEqualTo(404);

		s.replay();
		Response after = Eventually.until(() -> api().get(path, mother), r -> r.status() == 200 && r.body().equals(before.body()),
				Duration.ofSeconds(30));
		assertThat(after.headers().get("etag")).isEqualTo(before.headers().get("etag"));
		assertThat(jdbc.sql("select event_time from diary_mark where mark_id = ?").param(s.mark).query(java.time.OffsetDateTime.class)
			.single().toInstant()).as("a replay gives the mark the same event time")
			.isCloseTo(markEventTime(s), org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MICROS));
	}
}
