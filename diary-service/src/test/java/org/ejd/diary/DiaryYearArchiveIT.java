package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.diary.DiaryWebhooksIT.Received;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A year the journal closed shows as archived on its weeks and its period and final marks; reopened, as open again (ADR 0054). */
class DiaryYearArchiveIT extends DiaryIT {

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	static final String YEAR = "2025/2026";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClosedYearsWeekAndGradesSayTheyAreArchivedAndAReopenedYearSaysSinceWhenItIsOpenAgain() {
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
		UUID period = UUID.randomUUID();
		send("journal.periods.v1", school.toString(), Envelopes.envelope("/ejd/journal-service", "journal.period.defined",
				period.toString(), school, 2, Map.of("periodId", period, "schoolId", school, "academicYear", YEAR, "name", "Год",
						"kind", "year", "startDate", "2025-09-01", "endDate", "2026-05-31", "closed", true)));
		UUID grade = UUID.randomUUID();
		send("journal.periods.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.grade.recorded",
				grade.toString(), school, 1, Map.ofEntries(Map.entry("gradeId", grade), Map.entry("studentId", student),
						Map.entry("schoolId", school), Map.entry("classGroupId", UUID.randomUUID()),
						Map.entry("subjectId", UUID.randomUUID()), Map.entry("subjectName", "Математика"), Map.entry("periodId", period),
						Map.entry("periodName", "Год"), Map.entry("academicYear", YEAR), Map.entry("kind", "final"),
						Map.entry("value", "5"), Map.entry("recordedAt", "2026-05-29T10:00:00Z"), Map.entry("onTime", true))));
		String mother = token("guardian", guardian, school);
		String week = "/api/diary/students/" + student + "/week?date=2026-03-10";
		String grades = "/api/diary/students/" + student + "/grades?academicYear=" + YEAR;
		Response before = Eventually.until(() -> api().get(grades, mother), r -> r.status() == 200 && r.json().size() == 1,
				Duration.ofSeconds(30));
		assertThat(absent(before.json().get(0).get("schoolYear"))).as("a year never closed has no state").isTrue();
		Response openWeek = api().get(week, mother);
		assertThat(openWeek.status()).isEqualTo(200);
		assertThat(absent(openWeek.json().get("schoolYear"))).isTrue();

		Instant closedAt = Instant.parse("2026-06-30T12:00:00Z");
		send("journal.periods.v1", school.toString(), yearEvent("journal.school-year.closed", 1, Map.of("schoolId", school,
				"academicYear", YEAR, "firstDay", "2025-09-01", "lastDay", "2026-05-31", "closedAt", closedAt.toString())));
		Response closedWeek = Eventually.until(() -> api().get(week, mother),
				r -> r.status() == 200 && !absent(r.json().get("schoolYear")), Duration.ofSeconds(30));
		assertYear(closedWeek.json().get("schoolYear"), true, closedAt, null);
		assertYear(api().get(grades, mother).json().get(0).get("schoolYear"), true, closedAt, null);
		Response subjects = api().get("/api/diary/students/" + student + "/subjects?periodId=" + period, mother);
		assertThat(subjects.status()).as(subjects.toString()).isEqualTo(200);
		assertThat(subjects.body()).as("the period's final marks carry it too").contains("\"archived\":true");
		Response summer = api().get("/api/diary/students/" + student + "/week?date=2026-07-14", mother);
		assertThat(absent(summer.json().get("schoolYear"))).as("a week outside the year's days").isTrue();

		Instant reopenedAt = Instant.parse("2026-07-15T08:30:00Z");
		send("journal.periods.v1", school.toString(), yearEvent("journal.school-year.reopened", 2, Map.of("schoolId", school,
				"academicYear", YEAR, "firstDay", "2025-09-01", "lastDay", "2026-05-31", "closedAt", closedAt.toString(),
				"reopenedAt", reopenedAt.toString())));
		Response reopenedWeek = Eventually.until(() -> api().get(week, mother),
				r -> r.status() == 200 && !r.json().get("schoolYear").get("archived").asBoolean(), Duration.ofSeconds(30));
		assertYear(reopenedWeek.json().get("schoolYear"), false, closedAt, reopenedAt);
		assertYear(api().get(grades, mother).json().get(0).get("schoolYear"), false, closedAt, reopenedAt);
		assertThat(reopenedWeek.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("ETag")).findFirst()
			.orElseThrow().getValue()).as("the week's ETag follows the state")
			.isNotEqualTo(closedWeek.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("ETag")).findFirst()
				.orElseThrow().getValue());

		// the first closing delivered again (another id, the same version): older than what the diary holds, so passed by
		send("journal.periods.v1", school.toString(), yearEvent("journal.school-year.closed", 1, Map.of("schoolId", school,
				"academicYear", YEAR, "firstDay", "2025-09-01", "lastDay", "2026-05-31", "closedAt", closedAt.toString())));
		Instant closedAgainAt = Instant.parse("2026-08-01T09:00:00Z");
		send("journal.periods.v1", school.toString(), yearEvent("journal.school-year.closed", 3, Map.of("schoolId", school,
				"academicYear", YEAR, "firstDay", "2025-09-01", "lastDay", "2026-05-31", "closedAt", closedAgainAt.toString())));
		Response closedAgain = Eventually.until(() -> api().get(week, mother),
				r -> r.status() == 200 && r.json().get("schoolYear").get("archived").asBoolean(), Duration.ofSeconds(30));
		assertYear(closedAgain.json().get("schoolYear"), true, closedAgainAt, reopenedAt);
	}

	@Test
	void aYearsClosingAndReopeningReachTheFeedAndTheWebhooksOfEveryFamilyOfTheSchoolButNoOtherSchools() throws Exception {
		UUID otherSchool = UUID.randomUUID();
		UUID otherStudent = UUID.randomUUID();
		UUID otherGuardian = UUID.randomUUID();
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
		send("identity.persons.v1", otherStudent.toString(), studentRegistered(otherStudent, otherSchool));
		send("identity.representations.v1", otherStudent.toString(), representation(otherGuardian, otherStudent, otherSchool));
		String mother = token("guardian", guardian, school);
		String stranger = token("guardian", otherGuardian, otherSchool);
		for (String family : List.of(mother, stranger)) {
			Eventually.until(() -> api().get("/api/diary/me/students", family), r -> r.status() == 200 && r.json().size() == 1,
					Duration.ofSeconds(30));
		}
		Eventually.until(() -> jdbc.sql("select count(*) from student where id in (?, ?) and school_id is not null")
			.params(student, otherStudent).query(Long.class).single(), n -> n == 2, Duration.ofSeconds(30));
		String feed = "/api/diary/changes/school-years";
		Response snapshot = api().get(feed, mother);
		assertThat(snapshot.status()).as(snapshot.toString()).isEqualTo(200);
		assertThat(snapshot.json().get("snapshot").asBoolean()).isTrue();
		assertThat(snapshot.json().get("changes")).as("no year of the school was ever closed").isEmpty();
		String start = snapshot.json().get("cursor").asString();
		String strangersStart = api().get(feed, stranger).json().get("cursor").asString();

		DiaryWebhooksIT.Receiver receiver = new DiaryWebhooksIT.Receiver();
		receiver.start();
		try {
			Response subscribed = api().post("/api/diary/webhooks", mother,
					Map.of("url", receiver.url(), "families", List.of("school-years")));
			assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(201);

			Instant closedAt = Instant.parse("2026-06-30T12:00:00Z");
			send("journal.periods.v1", school.toString(), yearEvent("journal.school-year.closed", 1, Map.of("schoolId", school,
					"academicYear", YEAR, "firstDay", "2025-09-01", "lastDay", "2026-05-31", "closedAt", closedAt.toString())));
			Response closed = Eventually.until(() -> api().get(feed + "?cursor=" + start, mother),
					r -> r.status() == 200 && r.json().get("changes").size() == 1, Duration.ofSeconds(30));
			assertThat(closed.json().get("snapshot").asBoolean()).isFalse();
			JsonNode closing = closed.json().get("changes").get(0);
			assertThat(closing.get("id").asString()).isEqualTo(school + ":" + YEAR);
			assertThat(closing.get("deleted").asBoolean()).isFalse();
			assertThat(closing.get("data").get("schoolId").asString()).isEqualTo(school.toString());
			assertThat(closing.get("data").get("firstDay").asString()).isEqualTo("2025-09-01");
			assertThat(closing.get("data").get("lastDay").asString()).isEqualTo("2026-05-31");
			assertYear(closing.get("data"), true, closedAt, null);

			Received notice = Eventually.until(() -> receiver.requests.stream()
				.filter(r -> r.body().contains("diary.changes")).findFirst().orElse(null), r -> r != null, Duration.ofSeconds(30));
			JsonNode body = new ObjectMapper().readTree(notice.body());
			assertThat(body.get("changes").get("school-years").asInt()).isEqualTo(1);
			assertThat(body.get("feeds").get(0).asString()).isEqualTo(feed);

			String afterClosing = closed.json().get("cursor").asString();
			Instant reopenedAt = Instant.parse("2026-07-15T08:30:00Z");
			send("journal.periods.v1", school.toString(), yearEvent("journal.school-year.reopened", 2, Map.of("schoolId", school,
					"academicYear", YEAR, "firstDay", "2025-09-01", "lastDay", "2026-05-31", "closedAt", closedAt.toString(),
					"reopenedAt", reopenedAt.toString())));
			Response reopened = Eventually.until(() -> api().get(feed + "?cursor=" + afterClosing, mother),
					r -> r.status() == 200 && r.json().get("changes").size() == 1, Duration.ofSeconds(30));
			assertYear(reopened.json().get("changes").get(0).get("data"), false, closedAt, reopenedAt);
			Response nothingNew = api().get(feed + "?cursor=" + reopened.json().get("cursor").asString(), mother);
			assertThat(nothingNew.json().get("changes")).as("resumed after the reopening: nothing more").isEmpty();

			// read from the first cursor, both log rows name one year: one entry, its state now
			Response fromTheStart = api().get(feed + "?cursor=" + start, mother);
			assertThat(fromTheStart.json().get("changes")).hasSize(1);
			assertYear(fromTheStart.json().get("changes").get(0).get("data"), false, closedAt, reopenedAt);
			Response freshSnapshot = api().get(feed, mother);
			assertThat(freshSnapshot.json().get("changes")).hasSize(1);
			assertYear(freshSnapshot.json().get("changes").get(0).get("data"), false, closedAt, reopenedAt);

			Eventually.until(() -> receiver.requests.stream().filter(r -> r.body().contains("diary.changes")).count(),
					n -> n >= 2, Duration.ofSeconds(30));
			Response strangers = api().get(feed + "?cursor=" + strangersStart, stranger);
			assertThat(strangers.status()).isEqualTo(200);
			assertThat(strangers.json().get("changes")).as("a family of another school").isEmpty();
			assertThat(api().get(feed, stranger).json().get("changes")).isEmpty();
		}
		finally {
			receiver.stop();
		}
	}

	private static boolean absent(JsonNode node) {
		return node == null || node.isNull() || node.isMissingNode();
	}

	private String yearEvent(String type, long version, Map<String, Object> data) {
		return Envelopes.envelope("/ejd/journal-service", type, school.toString(), school, version, data);
	}

	private static void assertYear(JsonNode year, boolean archived, Instant closedAt, Instant reopenedAt) {
		assertThat(year.get("academicYear").asString()).isEqualTo(YEAR);
		assertThat(year.get("archived").asBoolean()).isEqualTo(archived);
		assertThat(Instant.parse(year.get("closedAt").asString())).isEqualTo(closedAt);
		if (reopenedAt == null) {
			assertThat(absent(year.get("reopenedAt"))).isTrue();
		}
		else {
			assertThat(Instant.parse(year.get("reopenedAt").asString())).isEqualTo(reopenedAt);
		}
	}
}
