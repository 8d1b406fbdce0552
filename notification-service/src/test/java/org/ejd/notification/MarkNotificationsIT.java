package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

/** Marks reach each family by email and in the app, rendered in the reader's language, once (N1, N2). */
class MarkNotificationsIT extends NotificationIT {

	@Test
	void eachParentGetsTheirOwnRussianEmailWithOneClickUnsubscribe() throws Exception {
		UUID school = school("Europe/Moscow");
		Family mother = family(school, "Europe/Moscow");
		UUID father = guardianOf(mother.student(), school);
		String fatherEmail = email(father);
		preferences(father, mother.student(), List.of("email"), "immediate", null, null, "Europe/Moscow");

		markPosted(UUID.randomUUID(), mother.student(), school, "5");

		MimeMessage mail = mailTo(mother.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Пётр: отметка 5 по предмету «Математика»");
		assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
		assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<https://ejd.example/api/notifications/unsubscribe?token=");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(text(mail, "text/plain")).contains("Пётр получил(а) отметку 5 по предмету «Математика» за 2026-11-30");
		assertThat(text(mail, "text/html")).contains("Математика").contains("<strong>5</strong>");
		assertThat(mailTo(fatherEmail, 1)).hasSize(1);
		assertThat(awaitStatus(mother.guardian(), "app", "SENT")).containsEntry("kind", "mark");
	}

	@Test
	void aReaderOfEnglishGetsTheMarkInEnglish() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		// no event carries a reader's language yet (verification messages are Russian only): set as a future event would
		jdbc.sql("insert into person_language (person_id, language) values (?, 'en')").param(family.guardian()).update();

		markPosted(UUID.randomUUID(), family.student(), school, "4");

		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Пётр: mark 4 in Математика");
		assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("en");
		assertThat(text(mail, "text/plain")).contains("got the mark 4 in Математика");
		assertThat(text(mail, "text/html")).contains("<html lang=\"en\"");
	}

	@Test
	void aDuplicatedEventMakesOneMessage() {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		UUID eventId = UUID.randomUUID();
		UUID markId = UUID.randomUUID();

		markPosted(eventId, markId, family.student(), school, "3");
		markPosted(eventId, markId, family.student(), school, "3");
		markPosted(UUID.randomUUID(), UUID.randomUUID(), family.student(), school, "4");

		mailTo(family.email(), 2);
		assertThat(jdbc.sql("select count(*) from message where source_event_id = ?").param(eventId).query(Integer.class).single())
			.isEqualTo(2); // app and email, once each
		assertThat(mailsTo(family.email())).hasSize(2);
	}

	@Test
	void paperDeliveryMeansNoEmailAndTheRuleIsRecorded() {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		paper(family.guardian());

		markPosted(UUID.randomUUID(), family.student(), school, "5");

		assertThat(awaitStatus(family.guardian(), "email", "SUPPRESSED")).containsEntry("rule", "paper-delivery");
		assertThat(mailsTo(family.email())).isEmpty();
	}

	@Test
	void withoutConsentNothingIsSentOnAnyChannel() {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		consent(family.student(), false);

		markPosted(UUID.randomUUID(), family.student(), school, "5");

		assertThat(awaitStatus(family.guardian(), "email", "SUPPRESSED")).containsEntry("rule", "consent");
		assertThat(awaitStatus(family.guardian(), "app", "SUPPRESSED")).containsEntry("rule", "consent");
	}

	@Test
	void aGuardianWithoutAVerifiedContactGetsOnlyTheApp() {
		UUID school = school("Europe/Moscow");
		UUID student = student(school);
		consent(student, true);
		UUID guardian = guardianOf(student, school);
		preferences(guardian, student, List.of("app", "email", "sms"), "immediate", null, null, "Europe/Moscow");

		markPosted(UUID.randomUUID(), student, school, "5");

		assertThat(awaitStatus(guardian, "email", "SUPPRESSED")).containsEntry("rule", "contact-not-verified");
		assertThat(awaitStatus(guardian, "sms", "SUPPRESSED")).containsEntry("rule", "contact-not-verified");
		awaitStatus(guardian, "app", "SENT");
	}

	@Test
	void anAdultStudentIsToldThemselves() {
		UUID school = school("Europe/Moscow");
		UUID student = student(school, java.time.LocalDate.of(2000, 1, 1));
		consent(student, true);
		String address = email(student);
		preferences(student, student, List.of("email"), "immediate", null, null, "Europe/Moscow");

		markPosted(UUID.randomUUID(), student, school, "5");

		assertThat(mailTo(address, 1)).hasSize(1);
	}

	@Test
	void aFinalMarkIsToldAtOnceWhateverTheDigest() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		preferences(family.guardian(), family.student(), List.of("email"), "digest", null, null, "Europe/Moscow");

		finalMark(family.student(), school, "5");

		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Пётр: итоговая отметка по предмету «История»");
		Map<String, Object> row = awaitStatus(family.guardian(), "email", "SENT");
		assertThat(row).containsEntry("digest", false);
	}

	@Test
	void theWeeklyForecastFromTheDiaryIsToldAsMarksAreAndOnlyOnce() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		Map<String, Object> data = Map.of("studentId", family.student(), "schoolId", school, "periodId", UUID.randomUUID(),
				"periodName", "2 четверть", "weekOf", "2026-11-23", "roundsUpFrom", 0.5, "subjects", List.of(
						Map.of("subjectName", "Математика", "average", 4.35, "expectedMark", 4, "marksCounted", 5, "plannedTests", 1),
						Map.of("subjectName", "История", "marksCounted", 0, "plannedTests", 0)));
		publish("diary.forecasts.v1", family.student(), "/ejd/diary-service", "diary.forecast.published", UUID.randomUUID(),
				family.student(), school, 1, data);
		publish("diary.forecasts.v1", family.student(), "/ejd/diary-service", "diary.forecast.published", UUID.randomUUID(),
				family.student(), school, 2, data);

		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Пётр: прогноз итогов за 2 четверть");
		assertThat(text(mail, "text/plain")).contains("Математика — 4 (4,35)").contains("История — пока нет отметок");
		Thread.sleep(2_000);
		assertThat(mailsTo(family.email())).as("the same week twice is one message").hasSize(1);
	}

	@Test
	void theComplainantIsToldTheComplaintWasRegisteredWithItsNumberAndDeadlineOnce() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		UUID complaint = UUID.randomUUID();
		Map<String, Object> data = Map.ofEntries(Map.entry("complaintId", complaint), Map.entry("number", "Ж-2026-8"),
				Map.entry("schoolId", school), Map.entry("studentId", family.student()), Map.entry("complainantId", family.guardian()),
				Map.entry("form", "paper"), Map.entry("registeredBy", UUID.randomUUID()), Map.entry("subjectName", "Математика"),
				Map.entry("filedAt", "2026-11-30T09:15:00Z"), Map.entry("dueOn", "2026-12-30"));
		publish("diary.complaints.v1", complaint, "/ejd/diary-service", "diary.complaint.filed", UUID.randomUUID(), complaint, school, 1,
				data);
		publish("diary.complaints.v1", complaint, "/ejd/diary-service", "diary.complaint.filed", UUID.randomUUID(), complaint, school, 1,
				data);

		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Обращение № Ж-2026-8 зарегистрировано");
		assertThat(text(mail, "text/plain")).contains("30.11.2026", "не позднее 30.12.2026");
		assertThat(awaitStatus(family.guardian(), "app", "SENT").get("kind")).as("in her feed too").isEqualTo("complaint-filed");
		Thread.sleep(2_000);
		assertThat(mailsTo(family.email())).as("one filing, one message").hasSize(1);
	}

	@Test
	void theGuardianIsToldOfTheClassTeachersDecisionOnAnAbsenceNote() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		UUID declined = UUID.randomUUID();
		publish("journal.absences.v1", family.student(), "/ejd/journal-service", "journal.absence-note.declined", UUID.randomUUID(),
				declined, school, 2, Map.of("noteId", declined, "schoolId", school, "studentId", family.student(), "from", "2026-12-02",
						"to", "2026-12-03", "decidedBy", UUID.randomUUID(), "decidedAt", Instant.now().toString(),
						"reason", "В эти дни контрольные: перенесите поездку"));
		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Пётр: заявление об отсутствии отклонено");
		assertThat(text(mail, "text/plain")).contains("с 02.12.2026 по 03.12.2026", "Причина: В эти дни контрольные");

		UUID accepted = UUID.randomUUID();
		publish("journal.absences.v1", family.student(), "/ejd/journal-service", "journal.absence-note.accepted", UUID.randomUUID(),
				accepted, school, 2, Map.of("noteId", accepted, "schoolId", school, "studentId", family.student(), "from", "2026-12-07",
						"to", "2026-12-07", "decidedBy", UUID.randomUUID(), "decidedAt", Instant.now().toString(), "excusedLessons", 3));
		assertThat(Eventually.until(() -> mailsTo(family.email()), mails -> mails.size() == 2, WAIT).get(1).getSubject())
			.isEqualTo("Пётр: заявление об отсутствии принято");
		assertThat(awaitStatus(family.guardian(), "app", "SENT")).isNotNull();
	}

	@Test
	void theSchoolsAnswerToAComplaintIsToldToTheFamilyOnce() throws Exception {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		UUID complaint = UUID.randomUUID();
		Map<String, Object> data = Map.ofEntries(Map.entry("complaintId", complaint), Map.entry("number", "Ж-2026-7"),
				Map.entry("schoolId", school), Map.entry("studentId", family.student()), Map.entry("complainantId", family.guardian()),
				Map.entry("form", "electronic"), Map.entry("answeredBy", UUID.randomUUID()), Map.entry("answeredAt", Instant.now().toString()),
				Map.entry("onTime", true), Map.entry("markIds", List.of(UUID.randomUUID())), Map.entry("lessonIds", List.of()));
		publish("diary.complaints.v1", complaint, "/ejd/diary-service", "diary.complaint.answered", UUID.randomUUID(), complaint, school, 2,
				data);
		publish("diary.complaints.v1", complaint, "/ejd/diary-service", "diary.complaint.answered", UUID.randomUUID(), complaint, school, 2,
				data);

		MimeMessage mail = mailTo(family.email(), 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Ответ на обращение № Ж-2026-7");
		assertThat(text(mail, "text/plain")).contains("Школа ответила", "Пётр", "в электронном дневнике");
		Thread.sleep(2_000);
		assertThat(mailsTo(family.email())).as("one answer, one message").hasSize(1);
	}

	static String text(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			Object content = part.getContent();
			if (content instanceof String s) {
				return s;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			part.getDataHandler().writeTo(out);
			return out.toString(java.nio.charset.StandardCharsets.UTF_8);
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = text(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
