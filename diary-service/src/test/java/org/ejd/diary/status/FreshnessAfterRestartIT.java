package org.ejd.diary.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.ejd.diary.DiaryIT;
import org.ejd.platform.time.BusinessClock;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * The diary's freshness after a restart (ADR 0047): a diary starting with marks in its database reports their age at
 * once, not nothing until the next event. The restart is the start-up step itself run against the diary's real
 * database into a freshness measure as a new instance has it: no sample, no newest event.
 */
class FreshnessAfterRestartIT extends DiaryIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@BusinessClock
	Clock clock;

	@Test
	void aRestartedDiaryReportsTheAgeOfTheNewestMarkItHoldsBeforeAnyEventArrives() {
		UUID school = UUID.randomUUID();
		UUID student = UUID.randomUUID();
		UUID mark = UUID.randomUUID();
		String envelope = Envelopes.envelope("/ejd/journal-service", "journal.mark.posted", mark.toString(), school, 1,
				mark(mark, student, school));
		EventProbe.send("journal.marks.v1", student.toString(), envelope);
		Instant sent = Instant.parse(JsonMapper.builder().build().readTree(envelope).get("time").asString());
		Eventually.until(() -> jdbc.sql("select count(*) from diary_mark where mark_id = ?").param(mark).query(Integer.class).single(),
				count -> count == 1, Duration.ofSeconds(30));

		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("registry", registry));
		EventFreshness restarted = new EventFreshness(beans.getBeanProvider(MeterRegistry.class), clock);
		assertThat(restarted.newestApplied()).as("a new instance before start-up").isEmpty();
		assertThat(registry.get(EventFreshness.NEWEST_AGE).gauge().value()).isNaN();

		new FreshnessAfterRestart(jdbc, restarted).resume();

		Instant newestHeld = jdbc.sql("select max(event_time) from diary_mark").query(java.time.OffsetDateTime.class).single().toInstant();
		assertThat(newestHeld).isAfterOrEqualTo(sent.truncatedTo(ChronoUnit.MICROS));
		assertThat(restarted.newestApplied()).contains(newestHeld);
		double age = registry.get(EventFreshness.NEWEST_AGE).gauge().value();
		assertThat(age).as("seconds since the newest mark's event").isCloseTo(
				Duration.between(newestHeld, clock.instant()).toMillis() / 1000.0, within(5.0));
		assertThat(restarted.delay().events()).as("no event was applied by this instance").isZero();

		restarted.resumeFrom(newestHeld.minusSeconds(3600));
		assertThat(restarted.newestApplied()).as("an older figure never replaces a newer one").contains(newestHeld);
	}

	private static Map<String, Object> mark(UUID markId, UUID studentId, UUID schoolId) {
		Map<String, Object> data = new HashMap<>();
		data.put("markId", markId);
		data.put("studentId", studentId);
		data.put("schoolId", schoolId);
		data.put("classGroupId", UUID.randomUUID());
		data.put("subjectId", UUID.randomUUID());
		data.put("subjectName", "Математика");
		data.put("teacherId", UUID.randomUUID());
		data.put("value", "5");
		data.put("numericValue", 5);
		data.put("scale", "five-point");
		data.put("workType", "written");
		data.put("weight", 1);
		data.put("workDate", LocalDate.now().toString());
		data.put("enteredAt", Instant.now().toString());
		data.put("onTime", true);
		return data;
	}
}
