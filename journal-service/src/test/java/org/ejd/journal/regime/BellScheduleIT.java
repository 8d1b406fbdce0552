package org.ejd.journal.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.journal.JournalIT;
import org.ejd.platform.time.SchoolTime;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BellScheduleIT extends JournalIT {

	@Autowired
	SchoolTime time;

	@Test
	void theSchoolAdminSetsTheBellsStaffReadThemAndTheDiaryIsTold() {
		School school = school();
		LocalDate from = today().plusDays(1);
		Response set = put(school, school.adminToken(), bells(from, List.of(bell(1, "08:30", "09:15"), bell(2, "09:25", "10:10"))));
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json().get("lessons").get(1).get("start").asString()).isEqualTo("09:25");

		assertThat(put(school, school.adminToken(), bells(LocalDate.parse("2026-09-01"), List.of(bell(1, "08:00", "08:45"))))
			.status()).as("a school that starts mid-year enters its bells from September").isEqualTo(200);
		Response read = api().get("/api/journal/schools/" + school.id() + "/bell-schedule?date=" + from, school.teacherToken());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get(0).get("lessons").get(0).get("end").asString()).isEqualTo("09:15");
		assertThat(api().get("/api/journal/schools/" + school.id() + "/bell-schedule?date=" + today(), school.teacherToken())
			.json().get(0).get("lessons").get(0).get("start").asString()).as("until its day, the September version").isEqualTo("08:00");

		ConsumerRecord<String, String> event = EventProbe.await("journal.regime.v1",
				r -> r.key().equals(school.id().toString()) && r.value().contains("\"effectiveFrom\":\"" + from + "\""),
				Duration.ofSeconds(30));
		assertThat(event.value()).contains("journal.bell-schedule.set").contains("\"start\":\"08:30\"");
	}

	@Test
	void aBellScheduleWithOverlapsOrBackwardsTimesOrTooManyLessonsIsRefusedWithAReason() {
		School school = school();
		LocalDate from = today().plusDays(1);
		Response overlap = put(school, school.adminToken(), bells(from, List.of(bell(1, "08:30", "09:15"), bell(2, "09:10", "09:55"))));
		assertThat(overlap.status()).isEqualTo(400);
		assertThat(overlap.json().get("detail").asString()).contains("Урок 2 начинается раньше, чем заканчивается урок 1");
		Response backwards = put(school, school.adminToken(), bells(from, List.of(bell(1, "09:15", "08:30"))));
		assertThat(backwards.status()).isEqualTo(400);
		Response repeated = put(school, school.adminToken(), bells(from, List.of(bell(1, "08:30", "09:15"), bell(1, "09:30", "10:15"))));
		assertThat(repeated.status()).isEqualTo(400);
		List<Map<String, Object>> thirteen = new java.util.ArrayList<>();
		for (int n = 1; n <= 13; n++) {
			thirteen.add(bell(Math.min(n, 12), String.format("%02d:00", 6 + n), String.format("%02d:45", 6 + n)));
		}
		assertThat(put(school, school.adminToken(), bells(from, thirteen)).status()).isEqualTo(400);
		assertThat(put(school, school.adminToken(), bells(from, List.of())).status()).isEqualTo(400);
	}

	@Test
	void onlyTheSchoolsOwnAdminSetsTheBellsAndAnotherSchoolNeverLearnsOfThem() {
		School school = school();
		School other = school();
		Map<String, Object> schedule = bells(today().plusDays(1), List.of(bell(1, "08:30", "09:15")));
		Response teacher = put(school, school.teacherToken(), schedule);
		assertThat(teacher.status()).isEqualTo(403);
		assertThat(teacher.isProblem()).isTrue();
		assertThat(put(school, other.adminToken(), schedule).status()).isEqualTo(404);
		assertThat(api().get("/api/journal/schools/" + school.id() + "/bell-schedule", other.teacherToken()).status()).isEqualTo(404);
	}

	@Test
	void aMarkForTheSchoolsOwnTodayIsTakenAndOneForTomorrowRefusedInKamchatkaAndKaliningradAcrossTheirMidnight() {
		School kamchatka = school();
		School kaliningrad = school();
		zone(kamchatka.id(), "Asia/Kamchatka");
		zone(kaliningrad.id(), "Europe/Kaliningrad");

		LocalDate day = today();
		LocalDate next = day.plusDays(1);
		CLOCK.setTo(day + "T12:30:00Z"); // 00:30 the next day in Kamchatka (UTC+12), 15:30 today in Moscow
		Response kamchatkaToday = api().post("/api/journal/marks", kamchatka.teacherToken(), mark(kamchatka, next));
		assertThat(kamchatkaToday.status()).as("the next day has begun in Kamchatka: " + kamchatkaToday).isEqualTo(201);
		assertThat(api().post("/api/journal/marks", kamchatka.teacherToken(), mark(kamchatka, next.plusDays(1))).status())
			.isEqualTo(400);

		CLOCK.setTo(day + "T21:30:00Z"); // 23:30 in Kaliningrad (UTC+2), already the next day in Moscow
		Response kaliningradTomorrow = api().post("/api/journal/marks", kaliningrad.teacherToken(), mark(kaliningrad, next));
		assertThat(kaliningradTomorrow.status()).as("still today in Kaliningrad").isEqualTo(400);
		assertThat(kaliningradTomorrow.json().get("detail").asString()).isEqualTo("Дата работы ещё не наступила.");
		CLOCK.setTo(day + "T22:30:00Z"); // past midnight in Kaliningrad too
		assertThat(api().post("/api/journal/marks", kaliningrad.teacherToken(), mark(kaliningrad, next)).status()).isEqualTo(201);
		assertThat(time.today(kaliningrad.id())).isEqualTo(next);
	}

	private static Map<String, Object> mark(School school, LocalDate day) {
		return Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(), "subjectId", school.subjectId(),
				"value", "5", "workType", "oral", "workDate", day.toString());
	}

	private void zone(UUID schoolId, String zone) {
		EventProbe.send("identity.schools.v1", schoolId.toString(), Envelopes.envelope("/ejd/identity-service",
				"identity.school.registered", schoolId.toString(), schoolId, 2, Map.of("schoolId", schoolId, "name", "Школа " + schoolId,
						"regionCode", "41", "municipality", "Город", "timeZone", zone)));
		Eventually.until(() -> time.zone(schoolId), z -> z.equals(ZoneId.of(zone)), Duration.ofSeconds(30));
	}

	private Response put(School school, String token, Map<String, Object> body) {
		return api().send("PUT", "/api/journal/schools/" + school.id() + "/bell-schedule", token, body, Map.of());
	}

	private static Map<String, Object> bells(LocalDate from, List<Map<String, Object>> lessons) {
		return Map.of("shift", 1, "effectiveFrom", from.toString(), "lessons", lessons);
	}

	private static Map<String, Object> bell(int number, String start, String end) {
		return Map.of("number", number, "start", start, "end", end);
	}
}
