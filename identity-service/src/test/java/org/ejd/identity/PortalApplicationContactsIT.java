package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

/**
 * Seed 000, C3: a regional portal may pass the applicant's email and phone with an application; they leave identity
 * only as identity.application.contacts-given for consent-service, checked and normalized, and never in a log line,
 * an answer or the received event. Bad values, a desk passing them and a minor's contacts are refused whole.
 */
@ExtendWith(OutputCaptureExtension.class)
class PortalApplicationContactsIT extends IdentityIT {

	@Test
	void thePortalsContactsOfTheApplicantLeaveOnlyAsContactsGivenForConsent(CapturedOutput output) {
		Desk desk = newSchool(regionOperatorToken(), "Школа контактов портала");
		String mother = guardian(desk);
		String email = unique("mama") + "@ПРИМЕР.РФ";
		Response applied = api().post("/api/identity/applications", portalToken(),
				Map.of("personId", mother, "email", email, "phone", "8 (912) 345-67-89"));
		assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
		// the phone's digits, not a fragment of them: a random UUID in the answer may hold "912"
		assertThat(applied.body()).doesNotContain("@").doesNotContain("9123456789").doesNotContain("345-67-89")
			.doesNotContainIgnoringCase("email").doesNotContainIgnoringCase("phone");

		JsonNode given = event("identity.applications.v1", "identity.application.contacts-given", mother);
		assertThat(given.get("data").get("applicationId").asString()).isEqualTo(applied.json().get("id").asString());
		assertThat(given.get("data").get("email").asString()).isEqualTo(email.substring(0, email.indexOf('@')) + "@пример.рф");
		assertThat(given.get("data").get("phone").asString()).isEqualTo("+79123456789");
		JsonNode received = event("identity.applications.v1", "identity.application.received", mother);
		assertThat(received.get("data").toString()).doesNotContain("@").doesNotContain("9123456789")
			.doesNotContain("345-67-89").doesNotContainIgnoringCase("email").doesNotContainIgnoringCase("phone");

		assertThat(output.getAll()).doesNotContain(email.substring(0, email.indexOf('@'))).doesNotContain("345-67-89")
			.doesNotContain("79123456789");
	}

	@Test
	void anApplicationWithoutContactsTellsConsentNothing() {
		Desk desk = newSchool(regionOperatorToken(), "Школа без контактов");
		String father = guardian(desk);
		assertThat(api().post("/api/identity/applications", portalToken(), Map.of("personId", father)).status()).isEqualTo(201);
		event("identity.applications.v1", "identity.application.received", father);
		assertThat(EventProbe.readAll("identity.applications.v1", Duration.ofSeconds(2)))
			.noneMatch(r -> r.key().equals(father) && r.value().contains("contacts-given"));
	}

	@Test
	void badContactsAreRefusedWithARussianProblemAndNothingIsFiled() {
		Desk desk = newSchool(regionOperatorToken(), "Школа неверных контактов");
		String mother = guardian(desk);
		Response badEmail = api().post("/api/identity/applications", portalToken(), Map.of("personId", mother, "email", "mama@"));
		assertThat(badEmail.status()).isEqualTo(400);
		assertThat(badEmail.isProblem()).isTrue();
		assertThat(badEmail.json().get("detail").asString()).isEqualTo("Адрес электронной почты заявителя указан неверно.");
		Response landline = api().post("/api/identity/applications", portalToken(),
				Map.of("personId", mother, "phone", "+7 (495) 123-45-67"));
		assertThat(landline.status()).isEqualTo(400);
		assertThat(landline.json().get("detail").asString()).startsWith("Номер мобильного телефона заявителя указан неверно");
		Response tooLong = api().post("/api/identity/applications", portalToken(),
				Map.of("personId", mother, "email", "a".repeat(250) + "@example.org"));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.isProblem()).isTrue();

		// none of them filed anything: the same application goes through afterwards
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/applications", desk.admin()).json()).isEmpty();
		assertThat(api().post("/api/identity/applications", portalToken(), Map.of("personId", mother, "phone", "9123456789"))
			.status()).isEqualTo(201);
	}

	@Test
	void onlyThePortalPassesContactsAndOnlyAnAdultsOnes() {
		Desk desk = newSchool(regionOperatorToken(), "Школа правил контактов");
		String mother = guardian(desk);
		Response atTheDesk = api().post("/api/identity/applications", desk.admin(),
				Map.of("personId", mother, "email", "mama@example.org"));
		assertThat(atTheDesk.status()).isEqualTo(422);
		assertThat(atTheDesk.json().get("detail").asString()).startsWith("Контакты заявителя вместе с заявлением передаёт только");

		CLOCK.setTo("2026-11-20T07:00:00Z");
		String sixteen = student(desk, LocalDate.parse("2010-05-01"));
		Response minor = api().post("/api/identity/applications", portalToken(), Map.of("personId", sixteen, "phone", "+79123456780"));
		assertThat(minor.status()).isEqualTo(422);
		assertThat(minor.json().get("detail").asString()).startsWith("Контакты несовершеннолетнего обучающегося");
		String eighteen = student(desk, LocalDate.parse("2008-11-20"));
		assertThat(api().post("/api/identity/applications", portalToken(), Map.of("personId", eighteen, "phone", "+79123456781"))
			.status()).isEqualTo(201);
		assertThat(event("identity.applications.v1", "identity.application.contacts-given", eighteen).get("data").get("phone")
			.asString()).isEqualTo("+79123456781");
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/applications", desk.admin()).json()).hasSize(1);
	}
}
