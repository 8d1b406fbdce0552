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
 * Arrival at and leaving school (D14) reach only the families who chose the kind {@code presence}, once per student,
 * day and direction; achievements (J12) are told under their own kind, in the feed by default; a replayed event is told
 * once (ADR 0045).
 */
class PresenceAndAchievementNotificationsIT extends NotificationIT {

	/** 08:05 in Moscow on Tuesday 1 December 2026. */
	private static final Instant MORNING = Instant.parse("2026-12-01T05:05:00Z");

	@Test
	void anOptedInGuardianIsToldOfArrivalAndLeavingOnceADayByEmail() throws Exception {
		clock.setTo(MORNING.toString());
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow"); // every kind, presence too, in the app and by email

		UUID arrival = UUID.randomUUID();
		pass(arrival, family.student(), school, "entry", MORNING.minusSeconds(60), "2026-12-01", "Главный вход");
		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Пётр: приход в школу в 08:04");
		assertThat(MarkNotificationsIT.text(mail, "text/plain")).contains("Отмечен приход Пётр в школу 01.12.2026 в 08:04 (Главный вход).");
		assertThat(mail.getHeader("List-Unsubscribe")).as("one click leaves presence by email").isNotNull();

		pass(arrival, family.student(), school, "entry", MORNING.minusSeconds(60), "2026-12-01", "Главный вход"); // the same event again
		pass(UUID.randomUUID(), family.student(), school, "entry", MORNING.plusSeconds(600), "2026-12-01", null); // back from the yard
		pass(UUID.randomUUID(), family.student(), school, "exit", MORNING.minusSeconds(86_400), "2026-11-30", null); // yesterday's, late
		pass(UUID.randomUUID(), family.student(), school, "exit", MORNING.plusSeconds(6 * 3600), "2026-12-01", "Главный вход");
		MimeMessage leaving = mailTo(family.email(), 2).get(1);
		assertThat(leaving.getSubject()).isEqualTo("Пётр: уход из школы в 14:05");
		Thread.sleep(1_500);
		assertThat(mailsTo(family.email())).as("one arrival and one leaving a day, nothing of another day").hasSize(2);
		assertThat(jdbc.sql("select count(*) from message where recipient_id = ? and channel = 'app'").param(family.guardian())
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aGuardianWhoDidNotChoosePresenceIsToldNothingOfIt() throws Exception {
		clock.setTo(MORNING.toString());
		UUID school = school("Europe/Moscow");
		// what consent-service sends by default: presence with no channel
		Family off = family(school, "Europe/Moscow");
		preferencesWithout(off, "presence", Map.of("presence", Map.of("channels", List.of(), "delivery", "immediate")));
		// a setting made before the kind existed does not list it: off as well
		Family older = family(school, "Europe/Moscow");
		preferencesWithout(older, "presence", Map.of());
		Family on = family(school, "Europe/Moscow");

		for (Family f : List.of(off, older, on)) {
			pass(UUID.randomUUID(), f.student(), school, "entry", MORNING, "2026-12-01", null);
		}
		assertThat(mailTo(on.email(), 1).getFirst().getSubject()).isEqualTo("Пётр: приход в школу в 08:05");
		Thread.sleep(1_500);
		for (Family f : List.of(off, older)) {
			assertThat(mailsTo(f.email())).isEmpty();
			assertThat(jdbc.sql("select count(*) from message where recipient_id = ?").param(f.guardian()).query(Integer.class).single())
				.as("not even in the feed").isZero();
		}
	}

	@Test
	void anAchievementIsToldOnceAndInTheFeedWhenTheSettingPredatesTheKind() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		Family older = family(school, "Europe/Moscow");
		preferencesWithout(older, "achievements", Map.of());

		UUID event = UUID.randomUUID();
		achievement(event, UUID.randomUUID(), family.student(), school);
		achievement(event, UUID.randomUUID(), family.student(), school); // a replay of the topic: the same event id
		achievement(UUID.randomUUID(), UUID.randomUUID(), older.student(), school);

		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Пётр: достижение — Муниципальный этап ВсОШ по математике");
		assertThat(MarkNotificationsIT.text(mail, "text/plain")).contains("(олимпиада, муниципальный уровень, 2 место, предмет «Математика»)",
				"Кто вручил: Управление образования, 20.11.2026.");
		assertThat(messagesOf(older.guardian(), 1)).extracting(m -> m.get("channel")).containsOnly("app");
		Thread.sleep(1_500);
		assertThat(mailsTo(family.email())).as("the replayed event is told once").hasSize(1);
		assertThat(mailsTo(older.email())).as("their default for achievements is the feed").isEmpty();
		assertThat(jdbc.sql("select count(*) from message where recipient_id = ? and kind = 'achievement'").param(family.guardian())
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void anAchievementWithdrawnBeforeItsDigestIsNotSent() {
		UUID school = school("Europe/Moscow");
		UUID student = student(school);
		consent(student, true);
		UUID guardian = guardianOf(student, school);
		email(guardian);
		preferences(guardian, student, List.of("email"), "digest", null, null, "Europe/Moscow");
		UUID achievementId = UUID.randomUUID();
		achievement(UUID.randomUUID(), achievementId, student, school);
		assertThat(messagesOf(guardian, 1)).extracting(m -> m.get("status")).containsOnly("QUEUED");

		publish("journal.achievements.v1", student, "/ejd/journal-service", "journal.achievement.withdrawn", UUID.randomUUID(), achievementId,
				school, 2, Map.of("achievementId", achievementId, "schoolId", school, "studentId", student, "withdrawnBy", UUID.randomUUID(),
						"withdrawnAt", Instant.now().toString(), "reason", "Внесено по ошибке"));
		Eventually.until(() -> jdbc.sql("select status from message where recipient_id = ?").param(guardian).query(String.class).single(),
				"CANCELLED"::equals, WAIT);
	}

	/** The family's preferences again, as an event whose kinds leave {@code kind} out or set it as {@code instead} says. */
	private void preferencesWithout(Family family, String kind, Map<String, Object> instead) {
		Map<String, Object> kinds = new HashMap<>();
		for (String k : org.ejd.contracts.consent.PreferencesChanged.KINDS) {
			if (!k.equals(kind)) {
				kinds.put(k, Map.of("channels", List.of("app", "email"), "delivery", "immediate"));
			}
		}
		kinds.putAll(instead);
		long version = nextVersion(family.guardian());
		consentEvent("consent.preferences.v1", "consent.preferences.changed", family.guardian(), version, Map.of("personId", family.guardian(),
				"studentId", family.student(), "kinds", kinds, "timeZone", "Europe/Moscow", "changedAt", Instant.now().toString()));
		awaitOne("select count(*) from preference where person_id = ? and version = " + version, family.guardian());
	}

	private void pass(UUID eventId, UUID student, UUID school, String direction, Instant at, String day, @org.jspecify.annotations.Nullable String point) {
		UUID passId = UUID.nameUUIDFromBytes(eventId.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Map<String, Object> data = new HashMap<>(Map.of("passId", passId, "schoolId", school, "studentId", student, "direction", direction,
				"passedAt", at.toString(), "day", day, "device", "ejd-access-control"));
		if (point != null) {
			data.put("point", point);
		}
		publish("journal.presence.v1", student, "/ejd/journal-service", "journal.school-pass.recorded", eventId, passId, school, 1, data);
	}

	private void achievement(UUID eventId, UUID achievementId, UUID student, UUID school) {
		publish("journal.achievements.v1", student, "/ejd/journal-service", "journal.achievement.recorded", eventId, achievementId, school, 1,
				Map.ofEntries(Map.entry("achievementId", achievementId), Map.entry("schoolId", school), Map.entry("studentId", student),
						Map.entry("kind", "olympiad"), Map.entry("level", "municipal"), Map.entry("place", 2), Map.entry("awardedOn", "2026-11-20"),
						Map.entry("subjectId", UUID.randomUUID()), Map.entry("subjectName", "Математика"), Map.entry("issuer", "Управление образования"),
						Map.entry("title", "Муниципальный этап ВсОШ по математике"), Map.entry("recordedBy", UUID.randomUUID()),
						Map.entry("recordedAt", Instant.now().toString())));
	}
}
