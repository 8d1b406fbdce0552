package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * C3: a contact given electronically is used only after its code is entered; the code travels in an
 * event for notification-service (read here from the topic, as that service does not exist yet).
 */
class ContactsIT extends ConsentIT {

	private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

	@Test
	void aGuardianVerifiesAnEmailWithTheCodeSentToIt() {
		School school = school();
		UUID guardian = guardianOf(student(school, minor()), school);
		String mother = token("guardian", guardian, school.id());

		Response given = api().post(PERSONS + guardian + "/contacts", mother, Map.of("channel", "email", "destination", " Ivanova.M@Mail.RU "));
		assertThat(given.status()).as(given.toString()).isEqualTo(202);
		assertThat(given.json().get("status").asString()).isEqualTo("pending");
		assertThat(given.json().get("maskedDestination").asString()).isEqualTo("I***@mail.ru");
		assertThat(given.body()).doesNotContain("Ivanova");
		String contactId = given.json().get("id").asString();

		JsonNode requested = events("consent.preferences.v1", guardian, type("consent.contact.verification-requested"), 1).get(0).get("data");
		assertThat(requested.get("contactId").asString()).isEqualTo(contactId);
		assertThat(requested.get("destination").asString()).isEqualTo("Ivanova.M@mail.ru");
		assertThat(requested.get("message").get("language").asString()).isEqualTo("ru");
		assertThat(requested.get("message").get("subject").asString()).isEqualTo("Подтверждение адреса для электронного дневника");
		String text = requested.get("message").get("text").asString();
		assertThat(text).contains("Здравствуйте!").contains("Код действует 15 мин.").contains("?contact=" + contactId + "&code=");
		String code = code(text);

		// only a salted hash is stored, and the outbox row carrying the message goes once Kafka has it
		JsonNode row = JSON.valueToTree(jdbc.sql("select * from contact where id = ?").param(UUID.fromString(contactId)).query().singleRow());
		assertThat(row.toString()).doesNotContain(code);
		Eventually.until(() -> jdbc.sql("select count(*) from event_publication where serialized_event like ?").param("%" + code + "%")
			.query(Integer.class).single(), n -> n == 0, Duration.ofSeconds(30));

		Response verified = api().post(PERSONS + guardian + "/contacts/" + contactId + "/verification", mother, Map.of("code", code));
		assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
		assertThat(verified.json().get("status").asString()).isEqualTo("verified");
		JsonNode usable = events("consent.preferences.v1", guardian, type("consent.contact.verified"), 1).get(0).get("data");
		assertThat(usable.get("destination").asString()).isEqualTo("Ivanova.M@mail.ru");
		assertThat(usable.get("verifiedBy").asString()).isEqualTo("code");
		assertThat(jdbc.sql("select code_hash is null from contact where id = ?").param(UUID.fromString(contactId)).query(Boolean.class)
			.single()).as("a used code is forgotten").isTrue();

		Response list = api().get(PERSONS + guardian + "/contacts", mother);
		assertThat(list.json().get(0).get("status").asString()).isEqualTo("verified");
		assertThat(list.body()).doesNotContain("Ivanova");
		Response again = api().post(PERSONS + guardian + "/contacts/" + contactId + "/verification", mother, Map.of("code", code));
		assertThat(again.status()).isEqualTo(409);

		Response email = api().send("PUT", PERSONS + guardian + "/students/" + student(guardian) + "/preferences", mother,
				Map.of("kinds", Map.of("marks", Map.of("channels", List.of("app", "email"), "delivery", "immediate"))), Map.of());
		assertThat(email.status()).as("email may be chosen once verified").isEqualTo(200);
	}

	@Test
	void wrongAndExpiredVerificationCodesAreRefusedAndLockAfterFiveAttempts() {
		School school = school();
		UUID adult = student(school, adult());
		String self = token("student", adult, school.id());

		String first = give(adult, self, "+7 (912) 345-67-89");
		String code = codeFor(adult, first);
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int left = 4; left >= 1; left--) {
			Response refused = verify(adult, first, self, wrong);
			assertThat(refused.status()).isEqualTo(422);
			assertThat(refused.json().get("detail").asString()).isEqualTo("Неверный код. Осталось попыток: " + left + ".");
		}
		Response fifth = verify(adult, first, self, wrong);
		assertThat(fifth.status()).isEqualTo(423);
		assertThat(fifth.json().get("detail").asString()).contains("заблокирован после 5 неверных попыток");
		assertThat(verify(adult, first, self, code).status()).as("locked even for the right code").isEqualTo(423);
		assertThat(verify(adult, first, self, "12ab").status()).as("not a code at all").isEqualTo(400);

		String second = give(adult, self, "89123456789");
		String secondCode = codeFor(adult, second);
		clock.advance(Duration.ofMinutes(16));
		Response expired = verify(adult, second, self, secondCode);
		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.json().get("detail").asString()).isEqualTo("Срок действия кода истёк. Запросите новый код.");
		assertThat(api().get(PERSONS + adult + "/contacts", self).json().get(0).get("status").asString()).isEqualTo("expired");

		String third = give(adult, self, "9123456789");
		String thirdCode = codeFor(adult, third);
		String fourth = give(adult, self, "9123456789");
		Response replaced = verify(adult, third, self, thirdCode);
		assertThat(replaced.status()).as("a newer code makes the older one useless").isEqualTo(409);
		assertThat(replaced.json().get("detail").asString()).contains("новый код");
		Response ok = verify(adult, fourth, self, codeFor(adult, fourth));
		assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
		JsonNode sms = events("consent.preferences.v1", adult, type("consent.contact.verification-requested"), 4).get(0).get("data");
		assertThat(sms.get("destination").asString()).isEqualTo("+79123456789");
		assertThat(sms.get("maskedDestination").asString()).isEqualTo("+7 912 ***-**-89");
		assertThat(sms.get("message").get("text").asString()).startsWith("Код подтверждения номера для электронного дневника: ");
		assertThat(sms.get("message").has("subject")).isFalse();
	}

	@Test
	void theSchoolRegistersAWrittenMobileNumberThatIsUsableAtOnceAndReplacesTheOldOne() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);

		Response first = api().post(PERSONS + guardian + "/contacts/paper", school.adminToken(), Map.of("channel", "sms", "destination", "8 912 000-11-22"));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.json().get("status").asString()).isEqualTo("verified");
		assertThat(first.json().get("source").asString()).isEqualTo("paper");
		Response second = api().post(PERSONS + guardian + "/contacts/paper", school.adminToken(), Map.of("channel", "sms", "destination", "+79120003344"));
		// the outbox relays asynchronously: two requests' events may reach the topic in either order, consumers go by version
		List<JsonNode> verified = new java.util.ArrayList<>(events("consent.preferences.v1", guardian, type("consent.contact.verified"), 2));
		verified.sort(java.util.Comparator.comparingLong(e -> e.get("version").asLong()));
		assertThat(verified.get(0).get("data").get("destination").asString()).isEqualTo("+79120001122");
		assertThat(verified.get(0).get("data").get("verifiedBy").asString()).isEqualTo("school");
		assertThat(verified.get(1).get("data").get("replacesContactId").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(api().get(PERSONS + guardian + "/contacts", school.adminToken()).json().size()).isEqualTo(1);
		assertThat(second.json().get("maskedDestination").asString()).isEqualTo("+7 912 ***-**-44");

		String mother = token("guardian", guardian, school.id());
		Response sms = api().send("PUT", PERSONS + guardian + "/students/" + student + "/preferences", mother,
				Map.of("kinds", Map.of("attendance", Map.of("channels", List.of("sms"), "delivery", "immediate"))), Map.of());
		assertThat(sms.status()).as(sms.toString()).isEqualTo(200);

		assertThat(api().post(PERSONS + guardian + "/contacts/paper", school().adminToken(),
				Map.of("channel", "sms", "destination", "+79120003344")).status()).isEqualTo(404);
		assertThat(api().post(PERSONS + student + "/contacts/paper", school.adminToken(),
				Map.of("channel", "sms", "destination", "+79120003344")).status()).as("a minor's contacts are their guardians'").isEqualTo(422);
		assertThat(api().post(PERSONS + guardian + "/contacts/paper", mother,
				Map.of("channel", "sms", "destination", "+79120003344")).status()).isEqualTo(403);
	}

	@Test
	void badContactsAreRefusedInRussianAndTooManyCodesWait() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		String mother = token("guardian", guardian, school.id());

		Response email = api().post(PERSONS + guardian + "/contacts", mother, Map.of("channel", "email", "destination", "maria@"));
		assertThat(email.status()).isEqualTo(400);
		assertThat(email.json().get("detail").asString()).isEqualTo("Адрес электронной почты указан неверно.");
		assertThat(email.body()).doesNotContain("maria@");
		Response landline = api().post(PERSONS + guardian + "/contacts", mother, Map.of("channel", "sms", "destination", "+7 495 123-45-67"));
		assertThat(landline.status()).isEqualTo(400);
		assertThat(landline.json().get("detail").asString()).contains("мобильный");
		Response fax = api().post(PERSONS + guardian + "/contacts", mother, Map.of("channel", "fax", "destination", "123"));
		assertThat(fax.status()).isEqualTo(400);
		assertThat(fax.json().get("errors").toString()).contains("channel").contains("email или sms");
		assertThat(api().post(PERSONS + student + "/contacts", mother, Map.of("channel", "sms", "destination", "+79120001122")).status())
			.as("a guardian gives their own contacts").isEqualTo(403);
		assertThat(api().post(PERSONS + guardian + "/contacts", token("guardian", UUID.randomUUID(), school.id()),
				Map.of("channel", "sms", "destination", "+79120001122")).status()).isEqualTo(404);

		for (int i = 0; i < 10; i++) {
			assertThat(api().post(PERSONS + guardian + "/contacts", mother, Map.of("channel", "sms", "destination", "+7912000112" + i))
				.status()).isEqualTo(202);
		}
		Response eleventh = api().post(PERSONS + guardian + "/contacts", mother, Map.of("channel", "sms", "destination", "+79120001122"));
		assertThat(eleventh.status()).isEqualTo(429);
		assertThat(eleventh.json().get("detail").asString()).contains("Слишком много запросов кода");
	}

	private String give(UUID person, String token, String number) {
		Response given = api().post(PERSONS + person + "/contacts", token, Map.of("channel", "sms", "destination", number));
		assertThat(given.status()).as(given.toString()).isEqualTo(202);
		return given.json().get("id").asString();
	}

	private Response verify(UUID person, String contactId, String token, String code) {
		return api().post(PERSONS + person + "/contacts/" + contactId + "/verification", token, Map.of("code", code));
	}

	private static String codeFor(UUID person, String contactId) {
		JsonNode data = events("consent.preferences.v1", person,
				e -> e.get("data").path("contactId").asString().equals(contactId), 1).get(0).get("data");
		return code(data.get("message").get("text").asString());
	}

	@Test
	void aContactNotificationServiceCouldNotDeliverToIsNoLongerVerified() {
		School school = school();
		UUID guardian = guardianOf(student(school, minor()), school);
		String mother = token("guardian", guardian, school.id());
		String contactId = api().post(PERSONS + guardian + "/contacts", mother, Map.of("channel", "email", "destination", "gone@example.org"))
			.json().get("id").asString();
		String text = events("consent.preferences.v1", guardian, type("consent.contact.verification-requested"), 1).get(0).get("data")
			.get("message").get("text").asString();
		assertThat(api().post(PERSONS + guardian + "/contacts/" + contactId + "/verification", mother, Map.of("code", code(text)))
			.status()).isEqualTo(200);

		EventProbe.send("notification.contacts.v1", guardian.toString(), Envelopes.envelope("/ejd/notification-service",
				"notification.contact.bounced", guardian.toString(), null, 1, Map.of("contactId", contactId, "personId", guardian,
						"channel", "email", "reason", "550 mailbox unavailable", "bouncedAt", "2026-11-30T10:00:00Z")));

		Response list = Eventually.until(() -> api().get(PERSONS + guardian + "/contacts", mother),
				r -> r.json().get(0).get("status").asString().equals("bounced"), Duration.ofSeconds(30));
		assertThat(list.json().get(0).get("id").asString()).isEqualTo(contactId);
		assertThat(api().post(PERSONS + guardian + "/contacts/" + contactId + "/verification", mother, Map.of("code", "123456"))
			.status()).as("a bounced contact is given anew, not verified again").isEqualTo(409);
	}

	private static String code(String text) {
		Matcher matcher = CODE.matcher(text);
		assertThat(matcher.find()).as("a six-digit code in: " + text).isTrue();
		return matcher.group(1);
	}

	private UUID student(UUID guardian) {
		return jdbc.sql("select student_id from representation where guardian_id = ?").param(guardian).query(UUID.class).single();
	}
}
