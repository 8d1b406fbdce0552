package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

/**
 * Quiet hours in the recipient's zone, digests, and what changes between the decision and the
 * send: a correction, a deletion, a withdrawn consent, a switch to paper.
 */
class NoiseControlIT extends NotificationIT {

	/** 23:30 in Petropavlovsk-Kamchatsky (UTC+12): inside 21:00–08:00. */
	static final Instant KAMCHATKA_NIGHT = Instant.parse("2026-12-01T11:30:00Z");

	static final Instant KAMCHATKA_MORNING = Instant.parse("2026-12-01T20:00:00Z");

	@Test
	void inAFarEastSchoolAMarkPostedAtNightWaitsForTheMorningAndIsNotDropped() throws Exception {
		Family family = nightOwls();
		clock.setTo(KAMCHATKA_NIGHT);

		markPosted(UUID.randomUUID(), family.student(), family.school(), "5");

		Map<String, Object> row = awaitStatus(family.guardian(), "email", "QUEUED");
		assertThat(((java.sql.Timestamp) row.get("due_at")).toInstant()).isEqualTo(KAMCHATKA_MORNING);
		awaitStatus(family.guardian(), "app", "SENT"); // the feed is no noise
		quietly();
		assertThat(mailsTo(family.email())).isEmpty();

		clock.setTo(KAMCHATKA_MORNING.plusSeconds(1));
		assertThat(mailTo(family.email(), 1).getFirst().getSubject()).contains("отметка 5");
		awaitStatus(family.guardian(), "email", "SENT");
	}

	@Test
	void aCorrectionBeforeSendingReplacesThePendingMessage() throws Exception {
		Family family = nightOwls();
		clock.setTo(KAMCHATKA_NIGHT);
		UUID mark = UUID.randomUUID();
		markPosted(mark, family.student(), family.school(), "3");
		awaitStatus(family.guardian(), "email", "QUEUED");

		markCorrected(mark, family.student(), family.school(), "4");
		org.ejd.testkit.Eventually.until(() -> jdbc.sql("select payload from message where source_id = ? and channel = 'email'")
			.param(mark).query(String.class).single(), payload -> payload.contains("\"4\""), WAIT);

		clock.setTo(KAMCHATKA_MORNING.plusSeconds(1));
		List<MimeMessage> mails = mailTo(family.email(), 1);
		assertThat(mails.getFirst().getSubject()).contains("отметка 4");
		quietly();
		assertThat(mailsTo(family.email())).hasSize(1);
	}

	@Test
	void aDeletionBeforeSendingCancelsThePendingMessage() {
		Family family = nightOwls();
		clock.setTo(KAMCHATKA_NIGHT);
		UUID mark = UUID.randomUUID();
		markPosted(mark, family.student(), family.school(), "2");
		awaitStatus(family.guardian(), "email", "QUEUED");

		markDeleted(mark, family.student(), family.school());

		assertThat(awaitStatus(family.guardian(), "email", "CANCELLED")).containsEntry("rule", "mark-deleted");
		clock.setTo(KAMCHATKA_MORNING.plusSeconds(1));
		quietly();
		assertThat(mailsTo(family.email())).isEmpty();
	}

	@Test
	void aConsentWithdrawnBetweenTheMarkAndTheMorningMeansNoMessage() {
		Family family = nightOwls();
		clock.setTo(KAMCHATKA_NIGHT);
		markPosted(UUID.randomUUID(), family.student(), family.school(), "5");
		awaitStatus(family.guardian(), "email", "QUEUED");

		consent(family.student(), false);
		clock.setTo(KAMCHATKA_MORNING.plusSeconds(1));

		assertThat(awaitStatus(family.guardian(), "email", "SUPPRESSED")).containsEntry("rule", "consent");
		assertThat(mailsTo(family.email())).isEmpty();
	}

	@Test
	void aSwitchToPaperBetweenTheMarkAndTheMorningMeansNoEmail() {
		Family family = nightOwls();
		clock.setTo(KAMCHATKA_NIGHT);
		markPosted(UUID.randomUUID(), family.student(), family.school(), "5");
		awaitStatus(family.guardian(), "email", "QUEUED");

		paper(family.guardian());
		clock.setTo(KAMCHATKA_MORNING.plusSeconds(1));

		assertThat(awaitStatus(family.guardian(), "email", "SUPPRESSED")).containsEntry("rule", "paper-delivery");
		assertThat(mailsTo(family.email())).isEmpty();
	}

	@Test
	void aDailyDigestGathersTheDaysMarksIntoOneLetterAtTheChosenHour() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		preferences(family.guardian(), family.student(), List.of("email"), "digest", null, null, "Europe/Moscow");
		clock.setTo("2026-12-01T09:00:00Z"); // 12:00 in Moscow

		markPosted(UUID.randomUUID(), family.student(), school, "5");
		markPosted(UUID.randomUUID(), family.student(), school, "4");
		List<Map<String, Object>> rows = messagesOf(family.guardian(), 2);
		assertThat(rows).allSatisfy(row -> assertThat(((java.sql.Timestamp) row.get("due_at")).toInstant())
			.isEqualTo(Instant.parse("2026-12-01T15:00:00Z")));
		quietly();
		assertThat(mailsTo(family.email())).isEmpty();

		clock.setTo("2026-12-01T15:00:01Z");
		MimeMessage digest = mailTo(family.email(), 1).getFirst();
		assertThat(digest.getSubject()).isEqualTo("Электронный дневник: новости за день (2)");
		assertThat(MarkNotificationsIT.text(digest, "text/plain")).contains("отметку 5").contains("отметку 4");
		quietly();
		assertThat(mailsTo(family.email())).hasSize(1);
	}

	@Test
	void anUnexplainedAbsenceSkipsTheDigestButNeverTheChannelChoice() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		preferences(family.guardian(), family.student(), List.of("email"), "digest", null, null, "Europe/Moscow");
		clock.setTo("2026-12-01T09:00:00Z");

		absence(family.student(), school, "absent", null);
		absence(family.student(), school, "late", null);

		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Пётр отсутствует на уроке «Физика»");
		assertThat(messagesOf(family.guardian(), 2)).anySatisfy(row -> assertThat(row).containsEntry("kind", "late")
			.containsEntry("status", "QUEUED").containsEntry("digest", true));

		Family appOnly = family(school, "Europe/Moscow");
		preferences(appOnly.guardian(), appOnly.student(), List.of("app"), "digest", null, null, "Europe/Moscow");
		absence(appOnly.student(), school, "absent", null);
		awaitStatus(appOnly.guardian(), "app", "SENT");
		assertThat(messagesOf(appOnly.guardian(), 1)).extracting(row -> row.get("channel")).containsOnly("app");
	}

	/** A family of a school in Kamchatka with quiet hours 21:00–08:00 there. */
	private Family nightOwls() {
		UUID school = school("Asia/Kamchatka");
		Family family = family(school, "Asia/Kamchatka");
		preferences(family.guardian(), family.student(), List.of("app", "email"), "immediate", "21:00", "08:00", "Asia/Kamchatka");
		return family;
	}

	/** Long enough for the sender (every 200 ms) to have sent what it would send. */
	private static void quietly() {
		try {
			Thread.sleep(Duration.ofMillis(1200));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
