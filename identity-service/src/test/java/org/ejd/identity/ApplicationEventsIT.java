package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ejd.identity.applications.DeadlineReminders;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A4: the applicant is told that the application was received and what became of it, and the school is
 * warned the working day before the deadline and told when it passed: events on identity.applications.v1
 * that notification-service turns into messages.
 */
class ApplicationEventsIT extends IdentityIT {

	@Autowired
	DeadlineReminders reminders;

	@Test
	void theApplicantIsToldOfTheApplicationWithItsDeadlineAndOfTheRefusalWithItsReason() {
		Desk desk = newSchool(regionOperatorToken(), "Школа заявлений");
		String guardian = guardian(desk);
		CLOCK.setTo("2026-11-23T07:00:00Z"); // Monday, 10:00 in Murmansk
		String application = created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", guardian)));

		JsonNode received = event("identity.applications.v1", "identity.application.received", guardian);
		assertThat(received.get("schoolid").asString()).isEqualTo(desk.schoolId());
		assertThat(received.get("data").get("applicationId").asString()).isEqualTo(application);
		assertThat(received.get("data").get("channel").asString()).isEqualTo("desk");
		assertThat(received.get("data").get("registeredOn").asString()).isEqualTo("2026-11-23");
		assertThat(received.get("data").get("deadline").asString()).isEqualTo("2026-11-30");

		assertThat(api().post("/api/identity/applications/" + application + "/refusal", desk.admin(),
				Map.of("reason", "Нет документа о представительстве")).status()).isEqualTo(200);
		JsonNode refused = event("identity.applications.v1", "identity.application.refused", guardian);
		assertThat(refused.get("data").get("reason").asString()).isEqualTo("Нет документа о представительстве");
		assertThat(refused.get("version").asLong()).isGreaterThan(received.get("version").asLong());
	}

	@Test
	void theSchoolIsWarnedTheWorkingDayBeforeTheDeadlineAndToldOnceItPassed() {
		Desk desk = newSchool(regionOperatorToken(), "Школа сроков");
		String guardian = guardian(desk);
		CLOCK.setTo("2026-11-23T07:00:00Z"); // Monday: due Monday 30 November
		String application = created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", guardian)));

		CLOCK.setTo("2026-11-26T07:00:00Z"); // Thursday: two working days left
		reminders.remind();
		CLOCK.setTo("2026-11-27T07:00:00Z"); // Friday: the next working day is the deadline
		reminders.remind();
		reminders.remind();
		CLOCK.setTo("2026-11-30T20:00:00Z"); // the deadline itself, 23:00 in Murmansk: not yet passed
		reminders.remind();
		CLOCK.setTo("2026-12-01T05:00:00Z"); // Tuesday: passed
		reminders.remind();
		reminders.remind();

		EventProbe.awaitAll("identity.applications.v1", r -> r.key().equals(guardian) && r.value().contains("overdue"), 2,
				Duration.ofSeconds(30));
		List<JsonNode> told = EventProbe.readAll("identity.applications.v1", Duration.ofSeconds(2)).stream()
			.filter(r -> r.key().equals(guardian) && r.value().contains("overdue"))
			.map(r -> tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.value())).toList();
		assertThat(told).extracting(e -> e.get("type").asString())
			.containsExactly("identity.application.overdue-soon", "identity.application.overdue");
		assertThat(told).extracting(e -> e.get("time").asString()).containsExactly("2026-11-27T07:00:00Z", "2026-12-01T05:00:00Z");
		assertThat(told.getFirst().get("data").get("applicationId").asString()).isEqualTo(application);
		assertThat(told.getFirst().get("data").get("deadline").asString()).isEqualTo("2026-11-30");
		assertThat(told.getFirst().get("schoolid").asString()).isEqualTo(desk.schoolId());
	}

	@Test
	void anAnsweredApplicationIsNeverReportedAsOverdue() {
		Desk desk = newSchool(regionOperatorToken(), "Школа вовремя");
		String guardian = guardian(desk);
		CLOCK.setTo("2026-11-23T07:00:00Z");
		String application = created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", guardian)));
		codeFromLetter(desk.admin(), application);
		CLOCK.setTo("2026-12-01T05:00:00Z");
		reminders.remind();
		assertThat(identityDb.sql("select count(*) from access_application where id = ? and (warned_at is not null or overdue_told_at is not null)")
			.param(java.util.UUID.fromString(application)).query(Integer.class).single()).isZero();
		assertThat(EventProbe.readAll("identity.applications.v1", Duration.ofSeconds(2)).stream()
			.filter(r -> r.key().equals(guardian) && r.value().contains("overdue"))).isEmpty();
	}
}
