package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/**
 * Seed 000, C3: the email and mobile number a regional portal passed with an access application reach consent-service
 * by identity.application.contacts-given and become the applicant's unverified contacts, each sent a code, usable once
 * the applicant enters it; a minor student's are not kept; neither contact appears in a log line.
 */
@ExtendWith(OutputCaptureExtension.class)
class PortalApplicationContactsIT extends ConsentIT {

	private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

	@Test
	void thePortalsContactsBecomePendingContactsOfTheApplicantVerifiedByTheirCodes(CapturedOutput output) {
		School school = school();
		UUID guardian = guardianOf(student(school, minor()), school);
		String mother = token("guardian", guardian, school.id());
		UUID application = UUID.randomUUID();
		contactsGiven(school, guardian, application, "Petrova.A@пример.рф", "+79161234567");

		var requested = events("consent.preferences.v1", guardian, type("consent.contact.verification-requested"), 2);
		JsonNode email = requested.stream().map(e -> e.get("data")).filter(d -> d.get("channel").asString().equals("email"))
			.findFirst().orElseThrow();
		JsonNode sms = requested.stream().map(e -> e.get("data")).filter(d -> d.get("channel").asString().equals("sms"))
			.findFirst().orElseThrow();
		assertThat(email.get("destination").asString()).isEqualTo("Petrova.A@пример.рф");
		assertThat(email.get("message").get("subject").asString()).isEqualTo("Подтверждение адреса для электронного дневника");
		assertThat(sms.get("destination").asString()).isEqualTo("+79161234567");

		Response list = api().get(PERSONS + guardian + "/contacts", mother);
		assertThat(list.json()).hasSize(2);
		assertThat(list.json()).allSatisfy(c -> {
			assertThat(c.get("status").asString()).isEqualTo("pending");
			assertThat(c.get("source").asString()).isEqualTo("portal");
		});
		assertThat(list.body()).doesNotContain("Petrova").doesNotContain("1234567");

		String smsId = sms.get("contactId").asString();
		Response verified = api().post(PERSONS + guardian + "/contacts/" + smsId + "/verification", mother,
				Map.of("code", code(sms.get("message").get("text").asString())));
		assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
		JsonNode usable = events("consent.preferences.v1", guardian, type("consent.contact.verified"), 1).get(0).get("data");
		assertThat(usable.get("destination").asString()).isEqualTo("+79161234567");
		assertThat(usable.get("verifiedBy").asString()).isEqualTo("code");

		// one code per contact, no more
		assertThat(EventProbe.readAll("consent.preferences.v1", Duration.ofSeconds(2)).stream()
			.filter(r -> r.key().equals(guardian.toString()) && r.value().contains("verification-requested")).count()).isEqualTo(2);
		assertThat(output.getAll()).doesNotContain("Petrova").doesNotContain("9161234567").doesNotContain("916 123");
	}

	@Test
	void aContactAlreadyVerifiedIsNotSentAnotherCodeAndOnlyTheNewOneIs() {
		School school = school();
		UUID adult = student(school, adult());
		assertThat(api().post(PERSONS + adult + "/contacts/paper", school.adminToken(), Map.of("channel", "sms", "destination",
				"+79160000001")).status()).isEqualTo(201);
		contactsGiven(school, adult, UUID.randomUUID(), "adult@example.org", "+79160000001");

		JsonNode requested = events("consent.preferences.v1", adult, type("consent.contact.verification-requested"), 1).get(0);
		assertThat(requested.get("data").get("channel").asString()).isEqualTo("email");
		String self = token("student", adult, school.id());
		assertThat(api().get(PERSONS + adult + "/contacts", self).json()).extracting(c -> c.get("source").asString() + "/"
				+ c.get("status").asString()).containsExactlyInAnyOrder("paper/verified", "portal/pending");
	}

	@Test
	void aMinorStudentsContactsAreNotKept() {
		School school = school();
		UUID minor = student(school, minor());
		UUID marker = guardianOf(student(school, minor()), school);
		contactsGiven(school, minor, UUID.randomUUID(), "teen@example.org", null);
		// a later event of another person, handled after it, shows that the minor's was handled too
		contactsGiven(school, marker, UUID.randomUUID(), "marker@example.org", null);
		events("consent.preferences.v1", marker, type("consent.contact.verification-requested"), 1);
		assertThat(jdbc.sql("select count(*) from contact where person_id = ?").param(minor).query(Integer.class).single()).isZero();
	}

	private static void contactsGiven(School school, UUID person, UUID application, String email, String phone) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("applicationId", application);
		data.put("personId", person);
		if (email != null) {
			data.put("email", email);
		}
		if (phone != null) {
			data.put("phone", phone);
		}
		publish("identity.applications.v1", person, school.id(), "identity.application.contacts-given", person, 1, data);
	}

	private static String code(String text) {
		Matcher matcher = CODE.matcher(text);
		assertThat(matcher.find()).as("a six-digit code in: " + text).isTrue();
		return matcher.group(1);
	}
}
