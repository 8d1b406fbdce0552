package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A3, seed 004 («направление заявителям персонального кода»): the school chooses how access codes it does not print
 * go to applicants (desk, email, SMS, email else SMS); by SMS the code goes to the applicant's verified mobile number
 * (notification-service's PersonalNoticesIT reads it back from the SMPP simulator); without one it stays at the desk
 * and the admin is told why. The school never gets the code as text.
 */
class CodeDeliveryIT extends IdentityIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSchoolThatSendsCodesBySmsSendsItToTheVerifiedNumberThoughAnEmailIsVerifiedToo() {
		Desk desk = newSchool(regionOperatorToken(), "Школа SMS-кодов");
		String guardian = guardian(desk);
		String application = apply(desk, guardian);
		verifiedContact(guardian, "email", "m***@example.org");
		verifiedContact(guardian, "sms", "+7 900 ***-**-12");

		Response chosen = choose(desk, desk.admin(), "sms");
		assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
		assertThat(chosen.json().get("channel").asString()).isEqualTo("sms");
		assertThat(chosen.json().get("version").asLong()).isEqualTo(1);

		Response issued = api().post("/api/identity/applications/" + application + "/codes", desk.admin(), null);
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		assertThat(issued.json().get("deliveredTo").asString()).isEqualTo("sms");
		assertThat(issued.json().get("destination").asString()).isEqualTo("+7 900 ***-**-12");
		JsonNode event = event("identity.applications.v1", "identity.application.code-issued", guardian);
		assertThat(event.get("data").get("deliveredTo").asString()).isEqualTo("sms");
		String text = event.get("data").get("message").get("text").asString();
		java.util.regex.Matcher code = CODE.matcher(text);
		assertThat(code.find()).as("the SMS carries the code").isTrue();
		assertThat(text).startsWith("Код доступа к электронному дневнику");
		assertThat(issued.body()).doesNotContain(code.group());
	}

	@Test
	void withoutAVerifiedPhoneTheCodeStaysAtTheDeskAndTheAdminIsToldWhy() {
		Desk desk = newSchool(regionOperatorToken(), "Школа без телефона");
		String guardian = guardian(desk);
		String application = apply(desk, guardian);
		verifiedContact(guardian, "email", "m***@example.org");
		choose(desk, desk.admin(), "sms");

		Response refused = api().post("/api/identity/applications/" + application + "/codes", desk.admin(), null);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.headers().get("content-type")).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("нет подтверждённого номера мобильного телефона", "код не выдан",
				"Accept: application/pdf");
		assertThat(jdbc.sql("select count(*) from access_code where application_id = ?").param(UUID.fromString(application))
			.query(Integer.class).single()).as("nothing changed").isZero();
		assertThat(api().get("/api/identity/applications/" + application, desk.admin()).json().get("status").asString())
			.isNotEqualTo("code-issued");
		// the letter still works: the code is handed over at the desk
		assertThat(pdf(desk.admin(), "/api/identity/applications/" + application + "/codes").statusCode()).isEqualTo(201);
	}

	@Test
	void aSchoolThatHandsCodesOverAtTheDeskOnlySendsNoneAndEmailElseSmsIsTheDefault() {
		Desk desk = newSchool(regionOperatorToken(), "Школа личной выдачи");
		String guardian = guardian(desk);
		String application = apply(desk, guardian);
		verifiedContact(guardian, "sms", "+7 900 ***-**-34");
		String path = "/api/identity/schools/" + desk.schoolId() + "/code-delivery";
		assertThat(api().get(path, desk.admin()).json().get("channel").asString()).isEqualTo("email-else-sms");

		choose(desk, desk.admin(), "desk");
		Response refused = api().post("/api/identity/applications/" + application + "/codes", desk.admin(), null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("только лично");

		Response email = choose(desk, desk.admin(), "email");
		assertThat(email.json().get("version").asLong()).isEqualTo(2);
		assertThat(api().post("/api/identity/applications/" + application + "/codes", desk.admin(), null).json().get("detail")
			.asString()).contains("нет подтверждённого адреса");
		choose(desk, desk.admin(), "email-else-sms");
		Response sent = api().post("/api/identity/applications/" + application + "/codes", desk.admin(), null);
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		assertThat(sent.json().get("deliveredTo").asString()).isEqualTo("sms");
		assertThat(EventProbe.await("identity.applications.v1",
				r -> r.key().equals(guardian) && r.value().contains("identity.application.code-issued"), Duration.ofSeconds(30)).value())
			.contains("\"deliveredTo\":\"sms\"");
	}

	@Test
	void onlyTheSchoolsManagersChooseAndOnlyTheFourWays() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа выбора");
		Desk other = newSchool(region, "Школа соседняя");

		assertThat(choose(desk, other.admin(), "sms").status()).isEqualTo(403);
		assertThat(choose(desk, null, "sms").status()).isEqualTo(401);
		Response bad = choose(desk, desk.admin(), "pigeon");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("detail").asString()).matches(".*[а-яА-Я].*");
		assertThat(choose(desk, region, "sms").status()).as("the region's operator").isEqualTo(200);
		assertThat(api().send("PUT", "/api/identity/schools/" + UUID.randomUUID() + "/code-delivery", region, Map.of("channel", "sms"),
				Map.of()).status()).isEqualTo(404);
	}

	private Response choose(Desk desk, @org.jspecify.annotations.Nullable String token, String channel) {
		return api().send("PUT", "/api/identity/schools/" + desk.schoolId() + "/code-delivery", token, Map.of("channel", channel),
				Map.of());
	}

	private String apply(Desk desk, String personId) {
		return created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", personId)));
	}
}
