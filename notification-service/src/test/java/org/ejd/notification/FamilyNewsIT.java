package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * Homework, recommendations, school and city events are told under their own preference kinds; a weekly
 * digest goes on the recipient's weekday in their zone; the reader's language comes from their preferences.
 */
class FamilyNewsIT extends NotificationIT {

	@Test
	void newOrChangedHomeworkReachesTheFamiliesOfTheClassGroupOnceEach() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		UUID group = UUID.randomUUID();
		enrol(family.student(), group, school);
		UUID lesson = UUID.randomUUID();

		lesson(lesson, group, school, 1, "§ 12, упр. 3", "2026-12-02");
		MimeMessage first = mailTo(family.email(), 1).getFirst();
		assertThat(first.getSubject()).isEqualTo("Пётр: домашнее задание по предмету «Алгебра»");
		assertThat(MarkNotificationsIT.text(first, "text/plain")).contains("§ 12, упр. 3", "сдать к 2026-12-02");

		lesson(lesson, group, school, 2, "§ 12, упр. 3", "2026-12-02"); // the topic changed, the homework did not
		lesson(lesson, group, school, 3, "§ 12, упр. 3 и 5", "2026-12-02");
		MimeMessage changed = mailTo(family.email(), 2).get(1);
		assertThat(MarkNotificationsIT.text(changed, "text/plain")).contains("упр. 3 и 5");
		Thread.sleep(1_000);
		assertThat(mailsTo(family.email())).as("the same homework again is not news").hasSize(2);
	}

	@Test
	void aRecommendationIsToldUnderItsOwnKindAndNotWhenThatKindIsOff() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		Family quiet = family(school, "Europe/Moscow");
		// the quiet family wants everything by email but recommendations
		Map<String, Object> kinds = new HashMap<>();
		for (String kind : org.ejd.contracts.consent.PreferencesChanged.KINDS) {
			kinds.put(kind, Map.of("channels", kind.equals("recommendations") ? List.of() : List.of("email"), "delivery", "immediate"));
		}
		consentEvent("consent.preferences.v1", "consent.preferences.changed", quiet.guardian(), nextVersion(quiet.guardian()),
				Map.of("personId", quiet.guardian(), "studentId", quiet.student(), "kinds", kinds, "timeZone", "Europe/Moscow",
						"changedAt", Instant.now().toString()));
		Eventually.until(() -> jdbc.sql("select channels from preference_kind where person_id = ? and kind = 'recommendations'")
			.param(quiet.guardian()).query(String.class).single(), String::isEmpty, WAIT);

		recommendation(quiet.student(), school, "Больше читать");
		recommendation(family.student(), school, "Повторить правописание приставок");
		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Пётр: рекомендация учителя по предмету «Русский язык»");
		assertThat(MarkNotificationsIT.text(mail, "text/plain")).contains("Повторить правописание приставок");
		assertThat(mail.getHeader("List-Unsubscribe")).isNotNull();
		assertThat(messagesOf(family.guardian(), 2)).extracting(m -> m.get("kind")).containsOnly("recommendation");
		Thread.sleep(1_000);
		assertThat(mailsTo(quiet.email())).as("that kind is off for them").isEmpty();
		assertThat(jdbc.sql("select count(*) from message where recipient_id = ?").param(quiet.guardian()).query(Integer.class).single())
			.isZero();
	}

	@Test
	void aSchoolEventReachesEveryFamilyOfThatSchoolAndNoOther() throws Exception {
		UUID school = school("Europe/Moscow");
		UUID elsewhere = school("Europe/Moscow");
		Family here = family(school, "Europe/Moscow");
		Family there = family(elsewhere, "Europe/Moscow");

		publish("journal.calendar.v1", school, "/ejd/journal-service", "journal.school-event.published", UUID.randomUUID(),
				UUID.randomUUID(), school, 1, Map.of("schoolEventId", UUID.randomUUID(), "schoolId", school, "title", "День открытых дверей",
						"startsOn", "2026-12-12", "endsOn", "2026-12-12", "place", "Актовый зал", "scope", "city"));

		MimeMessage mail = mailTo(here.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Городское мероприятие: День открытых дверей");
		assertThat(MarkNotificationsIT.text(mail, "text/plain")).contains("2026-12-12, Актовый зал");
		Thread.sleep(1_000);
		assertThat(mailsTo(there.email())).isEmpty();
	}

	@Test
	void aWeeklyDigestWaitsForTheSchoolsWeekdayWhenTheRecipientChoseNone() throws Exception {
		UUID school = school("Asia/Vladivostok");
		String admin = token("school-admin", UUID.randomUUID(), school);
		String path = "/api/notifications/schools/" + school + "/digest-day";
		assertThat(api().get(path, admin).json().get("weeklyOn").asString()).as("the configured default").isEqualTo("friday");
		org.ejd.testkit.ApiClient.Response bad = api().send("PUT", path, admin, Map.of("weeklyOn", "someday"), Map.of());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("detail").asString()).contains("день недели");
		assertThat(api().send("PUT", path, token("school-admin", UUID.randomUUID(), UUID.randomUUID()), Map.of("weeklyOn", "monday"),
				Map.of()).status()).as("another school's admin").isEqualTo(404);
		assertThat(api().send("PUT", path, admin, Map.of("weeklyOn", "monday"), Map.of()).json().get("own").asBoolean()).isTrue();

		UUID student = student(school);
		consent(student, true);
		UUID guardian = guardianOf(student, school);
		email(guardian);
		preferences(guardian, student, List.of("email"), Map.of("recommendations", "weekly"), "immediate", null, null, "Asia/Vladivostok");
		clock.setTo("2026-12-02T01:00:00Z"); // Wednesday 11:00 in Vladivostok

		recommendation(student, school, "Читать по 20 минут в день");

		// Monday 7 December, 18:00 in Vladivostok (UTC+10): 08:00 UTC
		assertThat(messagesOf(guardian, 1)).extracting(m -> ((java.sql.Timestamp) m.get("due_at")).toInstant())
			.containsOnly(Instant.parse("2026-12-07T08:00:00Z"));
	}

	@Test
	void aWeeklyDigestWaitsForTheRecipientsWeekdayInAFarEasternZone() throws Exception {
		UUID school = school("Asia/Vladivostok");
		UUID student = student(school);
		consent(student, true);
		UUID guardian = guardianOf(student, school);
		String email = email(guardian);
		preferences(guardian, student, List.of("email"), Map.of("recommendations", "weekly"), "immediate", null, null, "Asia/Vladivostok",
				Map.of("weeklyOn", "saturday"));
		clock.setTo("2026-12-02T01:00:00Z"); // Wednesday 11:00 in Vladivostok

		recommendation(student, school, "Читать по 20 минут в день");
		recommendation(student, school, "Решать задачи из сборника");

		List<Map<String, Object>> waiting = messagesOf(guardian, 2);
		// Saturday 5 December, 18:00 in Vladivostok (UTC+10): 08:00 UTC
		assertThat(waiting).extracting(m -> ((java.sql.Timestamp) m.get("due_at")).toInstant())
			.containsOnly(Instant.parse("2026-12-05T08:00:00Z"));
		clock.setTo("2026-12-05T07:59:00Z");
		Thread.sleep(1_000);
		assertThat(mailsTo(email)).as("not before Saturday evening").isEmpty();

		clock.setTo("2026-12-05T08:00:30Z");
		MimeMessage digest = mailTo(email, 1).getFirst();
		assertThat(digest.getSubject()).isEqualTo("Электронный дневник: новости за неделю (2)");
		assertThat(MarkNotificationsIT.text(digest, "text/plain")).contains("Читать по 20 минут", "Решать задачи");
	}

	@Test
	void theReadersLanguageComesFromTheirPreferences() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		preferences(family.guardian(), family.student(), List.of("app", "email"), Map.of(), "immediate", null, null, "Europe/Moscow",
				Map.of("language", "en"));

		markPosted(UUID.randomUUID(), family.student(), school, "5");

		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Пётр: mark 5 in Математика");
		assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("en");
	}

	private void enrol(UUID student, UUID group, UUID school) {
		UUID enrolment = UUID.randomUUID();
		publish("journal.enrolments.v1", student, "/ejd/journal-service", "journal.student.enrolled", UUID.randomUUID(), enrolment, school, 1,
				Map.of("enrolmentId", enrolment, "studentId", student, "classGroupId", group, "classGroupName", "7А", "kind", "class",
						"academicYear", "2026/2027", "schoolId", school, "from", "2026-09-01"));
		awaitOne("select count(*) from enrolment where id = ?", enrolment);
	}

	private void lesson(UUID lesson, UUID group, UUID school, long version, String homework, String due) {
		publish("journal.lessons.v1", group, "/ejd/journal-service", "journal.lesson.recorded", UUID.randomUUID(), lesson, school, version,
				Map.ofEntries(Map.entry("lessonId", lesson), Map.entry("schoolId", school), Map.entry("classGroupId", group),
						Map.entry("subjectId", UUID.randomUUID()), Map.entry("subjectName", "Алгебра"), Map.entry("teacherId", UUID.randomUUID()),
						Map.entry("date", "2026-11-30"), Map.entry("periodNo", 2), Map.entry("lessonType", "regular"),
						Map.entry("topicOnTime", true), Map.entry("topic", "Тема " + version), Map.entry("homework", homework),
						Map.entry("homeworkDue", due)));
	}

	private void recommendation(UUID student, UUID school, String text) {
		UUID id = UUID.randomUUID();
		publish("journal.recommendations.v1", student, "/ejd/journal-service", "journal.recommendation.given", UUID.randomUUID(), id, school,
				1, Map.of("recommendationId", id, "schoolId", school, "studentId", student, "subjectId", UUID.randomUUID(),
						"subjectName", "Русский язык", "teacherId", UUID.randomUUID(), "text", text, "givenAt", Instant.now().toString()));
	}
}
