package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.ejd.testkit.SmppServer;
import org.junit.jupiter.api.Test;

/**
 * A4, A11, seed 004, issue 12: the applicant is told of their application and gets the access code the
 * school sent; a holder gets the temporary password and is told of resets and portal links ("if it
 * wasn't you…"); a school's admins are warned of an application due on the next working day.
 */
class PersonalNoticesIT extends NotificationIT {

	private static final String CODE = "7K2M-9QXR-HT4W-PB6N-3JDF";

	@Test
	void theAccessCodeGoesOnceToTheApplicantsVerifiedEmailAndIsNotKept() throws Exception {
		UUID school = school("Europe/Moscow");
		UUID guardian = guardianOf(student(school), school);
		String email = email(guardian);
		UUID event = UUID.randomUUID();

		codeIssued(event, guardian, school, "email", CODE);
		codeIssued(event, guardian, school, "email", CODE); // redelivered: one message

		MimeMessage mail = mailTo(email, 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Персональный код доступа к электронному дневнику");
		assertThat((String) mail.getContent()).contains(CODE);
		assertThat(mail.getHeader("List-Unsubscribe")).as("transactional").isNull();
		Map<String, Object> row = awaitStatus(guardian, "email", "SENT");
		assertThat(row.get("kind")).isEqualTo("access-code");
		assertThat(row.get("student_id")).isNull();
		assertThat(jdbc.sql("select count(*) from message where payload like ?").param("%" + CODE.substring(0, 9) + "%")
			.query(Integer.class).single()).as("the code is not kept").isZero();
		Thread.sleep(1_000);
		assertThat(mailsTo(email)).as("the same event twice is one message").hasSize(1);
	}

	@Test
	void theAccessCodeGoesBySmsToTheApplicantsVerifiedNumber() {
		RealServers.smpp().mode(SmppServer.Mode.ACCEPT);
		UUID school = school("Europe/Moscow");
		UUID guardian = guardianOf(student(school), school);
		String number = phone(guardian);

		codeIssued(UUID.randomUUID(), guardian, school, "sms", CODE);

		// Cyrillic: UCS-2 in two segments, joined again by the phone
		String text = Eventually.until(() -> RealServers.smpp().receivedBy(number.substring(1)).stream().map(SmppServer.Submitted::text)
			.collect(java.util.stream.Collectors.joining()), t -> t.contains(CODE), WAIT);
		assertThat(text).startsWith("Ваш персональный код доступа");
		// the simulator's receipt may already have made it DELIVERED
		Map<String, Object> row = messagesOf(guardian, 1).getFirst();
		assertThat(row.get("kind")).isEqualTo("access-code");
		assertThat(row.get("channel")).isEqualTo("sms");
		assertThat(row.get("status")).isIn("SENT", "DELIVERED");
	}

	@Test
	void withoutAVerifiedContactTheCodeIsRecordedAsNotSentForTheSchoolToPrint() {
		UUID school = school("Europe/Moscow");
		UUID guardian = guardianOf(student(school), school);

		codeIssued(UUID.randomUUID(), guardian, school, "email", CODE);

		Map<String, Object> row = awaitStatus(guardian, "email", "FAILED");
		assertThat(row.get("rule")).isEqualTo("contact-not-verified");
		assertThat(row.get("school_id")).isEqualTo(school);
	}

	@Test
	void theApplicantIsToldTheApplicationWasReceivedAndThenRefusedWithTheReason() throws Exception {
		UUID school = school("Europe/Moscow");
		UUID guardian = guardianOf(student(school), school);
		String email = email(guardian);
		UUID application = UUID.randomUUID();

		publish("identity.applications.v1", guardian, "/ejd/identity-service", "identity.application.received", UUID.randomUUID(),
				guardian, school, 1, Map.of("applicationId", application, "personId", guardian, "schoolId", school, "channel", "desk",
						"registeredOn", "2026-11-23", "deadline", "2026-11-30"));
		MimeMessage received = mailTo(email, 1).getFirst();
		assertThat(received.getSubject()).isEqualTo("Заявление на доступ к электронному дневнику принято");
		assertThat(MarkNotificationsIT.text(received, "text/plain")).contains("23.11.2026", "не позднее 30.11.2026");

		publish("identity.applications.v1", guardian, "/ejd/identity-service", "identity.application.refused", UUID.randomUUID(),
				guardian, school, 2, Map.of("applicationId", application, "personId", guardian, "reason", "Нет документа о представительстве"));
		MimeMessage refused = mailTo(email, 2).get(1);
		assertThat(refused.getSubject()).isEqualTo("В заявлении на доступ к электронному дневнику отказано");
		assertThat(MarkNotificationsIT.text(refused, "text/plain")).contains("Причина: Нет документа о представительстве");
		assertThat(MarkNotificationsIT.text(refused, "text/html")).contains("Нет документа о представительстве");
		assertThat(refused.getHeader("List-Unsubscribe")).isNull();
	}

	@Test
	void aTemporaryPasswordSentToTheHolderArrivesAndAPrintedOneIsToldAsASecurityNotice() throws Exception {
		UUID school = school("Asia/Vladivostok");
		UUID guardian = guardianOf(student(school), school);
		String email = email(guardian);
		clock.setTo("2026-12-01T11:30:00Z"); // 21:30 in Vladivostok

		publish("identity.accounts.v1", guardian, "/ejd/identity-service", "identity.account.password-reset", UUID.randomUUID(), guardian,
				school, 3, Map.of("personId", guardian, "deliveredTo", "email", "message", Map.of("language", "ru",
						"subject", "Временный пароль к электронному дневнику",
						"text", "Логин: ivanova\nВременный пароль: kq7m-x4ht-p9rw\nЕсли вы не обращались в школу, сообщите туда.")));
		MimeMessage sent = mailTo(email, 1).getFirst();
		assertThat((String) sent.getContent()).contains("kq7m-x4ht-p9rw");
		assertThat(awaitStatus(guardian, "email", "SENT").get("kind")).isEqualTo("temporary-password");

		Map<String, Object> printed = new HashMap<>(Map.of("personId", guardian, "deliveredTo", "letter"));
		publish("identity.accounts.v1", guardian, "/ejd/identity-service", "identity.account.password-reset", UUID.randomUUID(), guardian,
				school, 4, printed);
		MimeMessage notice = mailTo(email, 2).get(1);
		assertThat(notice.getSubject()).isEqualTo("Пароль к электронному дневнику сброшен");
		String text = MarkNotificationsIT.text(notice, "text/plain");
		assertThat(text).contains("Если это были не вы", "школа выдала временный пароль").doesNotContain("kq7m");
		assertThat(notice.getHeader("List-Unsubscribe")).isNull();
		// in the holder's feed as well, since they have an account to read it with
		String token = token("guardian", guardian, school);
		assertThat(api().get("/api/notifications/me/feed", token).json().get("items").get(0).get("kind").asString())
			.isEqualTo("password-reset");
	}

	@Test
	void aPortalLinkIsToldInTheHoldersLanguageWithIfItWasntYou() throws Exception {
		UUID school = school("Europe/Moscow");
		UUID guardian = guardianOf(student(school), school);
		String email = email(guardian);
		jdbc.sql("insert into person_language (person_id, language) values (?, 'en')").param(guardian).update();

		publish("identity.accounts.v1", guardian, "/ejd/identity-service", "identity.account.portal-linked", UUID.randomUUID(), guardian,
				school, 5, Map.of("personId", guardian));

		MimeMessage mail = mailTo(email, 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Sign-in to the electronic diary through the regional portal");
		// when it happened, on the school's wall clock
		assertThat(MarkNotificationsIT.text(mail, "text/plain")).containsPattern("^On \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d a regional portal")
			.contains("If it wasn't you");
	}

	@Test
	void theSchoolsAdminsAreWarnedInTheirFeedOfAnApplicationDueOnTheNextWorkingDay() {
		UUID school = school("Europe/Moscow");
		UUID admin = UUID.randomUUID();
		UUID teacher = UUID.randomUUID();
		staff(admin, school, List.of("school-admin", "teacher"));
		staff(teacher, school, List.of("teacher"));
		UUID applicant = UUID.randomUUID();
		UUID application = UUID.randomUUID();

		publish("identity.applications.v1", applicant, "/ejd/identity-service", "identity.application.overdue-soon", UUID.randomUUID(),
				applicant, school, 2, Map.of("applicationId", application, "personId", applicant, "schoolId", school,
						"deadline", "2026-11-30"));

		Map<String, Object> warned = awaitStatus(admin, "app", "SENT");
		assertThat(warned.get("kind")).isEqualTo("application-overdue-soon");
		String token = token("school-admin", admin, school);
		var item = api().get("/api/notifications/me/feed", token).json().get("items").get(0);
		assertThat(item.get("subject").asString()).isEqualTo("Завтра истекает срок ответа на заявление на доступ");
		assertThat(item.get("text").asString()).contains(application.toString(), "30.11.2026");
		assertThat(jdbc.sql("select count(*) from message where recipient_id = ?").param(teacher).query(Integer.class).single()).isZero();
	}

	private void codeIssued(UUID eventId, UUID person, UUID school, String channel, String code) {
		Map<String, Object> message = new HashMap<>(Map.of("language", "ru", "text",
				"Ваш персональный код доступа к электронному дневнику:\n" + code + "\nНикому не сообщайте код."));
		if ("email".equals(channel)) {
			message.put("subject", "Персональный код доступа к электронному дневнику");
		}
		publish("identity.applications.v1", person, "/ejd/identity-service", "identity.application.code-issued", eventId, person, school, 2,
				Map.of("applicationId", UUID.randomUUID(), "personId", person, "codeId", UUID.randomUUID(),
						"expiresAt", "2026-12-30T09:00:00Z", "deliveredTo", channel, "message", message));
	}

	private void staff(UUID person, UUID school, List<String> roles) {
		publish("identity.staff.v1", person, "/ejd/identity-service", "identity.staff.appointed", UUID.randomUUID(), person, school, 1,
				Map.of("personId", person, "schoolId", school, "roles", roles, "lastName", "Петрова", "firstName", "Анна"));
		awaitOne("select count(*) from school_staff where person_id = ?", person);
	}
}
