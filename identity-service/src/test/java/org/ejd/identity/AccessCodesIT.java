package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A3, A4: the school answers an application with a personal access code; its holder redeems it once. */
class AccessCodesIT extends IdentityIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGuardianRedeemsTheCodeOnceAndSignsInWithTheRightClaims() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа кодов");
		String student = student(desk, LocalDate.parse("2015-09-01"));
		String guardian = guardian(desk);
		represent(desk, guardian, student);
		String application = apply(desk, guardian);
		verifiedContact(guardian, "email", "m***@example.org");

		Response issued = api().post("/api/identity/applications/" + application + "/codes", desk.admin(), null);
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		assertThat(issued.headers().get("cache-control")).contains("no-store");
		assertThat(issued.json().get("deliveredTo").asString()).isEqualTo("email");
		assertThat(issued.json().get("destination").asString()).isEqualTo("m***@example.org");
		assertThat(issued.json().has("code")).as("the school never gets the code as text").isFalse();
		// the applicant reads it in the message identity handed over for their verified email (seed 004: the code is sent)
		String message = sentMessage("identity.applications.v1", "identity.application.code-issued", guardian);
		// seed 002: the holder learns that the state portal needs a confirmed portal account
		assertThat(message).contains("Открыть дневник с портала госуслуг можно только с подтверждённой учётной записью портала");
		java.util.regex.Matcher sent = CODE.matcher(message);
		assertThat(sent.find()).isTrue();
		String code = sent.group();
		assertThat(issued.body()).doesNotContain(code);
		assertThat(Duration.between(Instant.now(), Instant.parse(issued.json().get("expiresAt").asString())))
			.isBetween(Duration.ofDays(29), Duration.ofDays(30));
		JsonNode answered = api().get("/api/identity/applications/" + application, desk.admin()).json();
		assertThat(answered.get("status").asString()).isEqualTo("code-issued");
		assertThat(answered.get("codeIssuedAt").isMissingNode()).isFalse();
		String stored = jdbc.sql("select secret_hash from access_code where application_id = ?").param(UUID.fromString(application))
			.query(String.class).single();
		assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain(code.replace("-", "").substring(8));

		String login = unique("mother");
		Response activated = activate(ip(), code.toLowerCase(), login, "Mother-pass-1");
		assertThat(activated.status()).as(activated.toString()).isEqualTo(201);
		assertThat(activated.json().get("personId").asString()).isEqualTo(guardian);
		assertThat(activated.json().get("roles").toString()).isEqualTo("[\"guardian\"]");
		assertThat(activated.json().toString()).doesNotContain("Mother-pass-1");

		JsonNode claims = claims(login(login, "Mother-pass-1"));
		assertThat(claims.get("person_id").asString()).isEqualTo(guardian);
		assertThat(claims.get("school_ids").toString()).contains(desk.schoolId());
		assertThat(claims.get("realm_access").get("roles").toString()).contains("guardian").doesNotContain("student");

		Response again = activate(ip(), code, unique("again"), "Mother-pass-1");
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.json().get("detail").asString()).contains("уже использован");
		Response reissue = api().post("/api/identity/applications/" + application + "/codes", desk.admin(), null);
		assertThat(reissue.status()).isEqualTo(409);
		assertThat(reissue.json().get("detail").asString()).contains("уже выдана");
	}

	@Test
	void aStudentActivatesWithTheSameRolesAndClaimsAsTheDeskWouldGive() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа учеников");
		String student = student(desk, LocalDate.parse("2016-02-10"));
		String code = issue(desk, apply(desk, student));

		String login = unique("pupil");
		assertThat(activate(ip(), code, login, "Pupil-pass-12").status()).isEqualTo(201);
		JsonNode claims = claims(login(login, "Pupil-pass-12"));
		assertThat(claims.get("person_id").asString()).isEqualTo(student);
		assertThat(claims.get("school_ids").toString()).isEqualTo("[\"" + desk.schoolId() + "\"]");
		assertThat(claims.get("realm_access").get("roles").toString()).contains("student");
	}

	@Test
	void fiveWrongCodesLockTheCodeUntilTheSchoolIssuesANewOne() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа блокировок");
		String application = apply(desk, guardian(desk));
		String code = issue(desk, application);
		String wrong = code.substring(0, code.length() - 1) + (code.endsWith("2") ? "3" : "2");
		String client = ip();

		for (int left = 4; left >= 1; left--) {
			Response refused = activate(client, wrong, unique("guess"), "Guess-pass-1");
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
			assertThat(refused.json().get("detail").asString()).isEqualTo("Код доступа неверен. Осталось попыток: " + left + ".");
		}
		Response fifth = activate(client, wrong, unique("guess"), "Guess-pass-1");
		assertThat(fifth.status()).isEqualTo(423);
		assertThat(fifth.json().get("detail").asString()).contains("заблокирован", "новым кодом");
		Response right = activate(ip(), code, unique("late"), "Late-pass-12");
		assertThat(right.status()).as("even the right code, once locked").isEqualTo(423);

		String fresh = issue(desk, application);
		assertThat(activate(ip(), code, unique("old"), "Old-pass-123").status()).isEqualTo(423);
		String login = unique("fresh");
		assertThat(activate(ip(), fresh, login, "Fresh-pass-1").status()).isEqualTo(201);
		assertThat(login(login, "Fresh-pass-1")).isNotBlank();
	}

	@Test
	void anExpiredCodeIsRefusedAndANewOneReplacesIt() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа сроков");
		String application = apply(desk, guardian(desk));
		CLOCK.setTo("2026-11-20T07:00:00Z");
		String expired = issue(desk, application);

		CLOCK.setTo("2026-12-20T07:00:00Z"); // 30 days on, to the second
		Response late = activate(ip(), expired, unique("late"), "Late-pass-12");
		assertThat(late.status()).isEqualTo(410);
		assertThat(late.json().get("detail").asString()).isEqualTo("Срок действия кода истёк. Обратитесь в школу за новым кодом.");
		Response english = api().send("POST", "/api/identity/activations", null,
				Map.of("code", expired, "username", unique("late"), "password", "Late-pass-12"),
				Map.of("X-Forwarded-For", ip(), "Accept-Language", "en"));
		assertThat(english.json().get("detail").asString()).contains("expired");

		String replacement = issue(desk, application);
		CLOCK.setTo("2027-01-18T07:00:00Z"); // 29 days on
		assertThat(activate(ip(), replacement, unique("ontime"), "Ontime-pass-1").status()).isEqualTo(201);
	}

	@Test
	void aNewCodeReplacesTheOneNotYetUsed() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа замен");
		String application = apply(desk, guardian(desk));
		String first = issue(desk, application);
		String second = issue(desk, application);
		Response replaced = activate(ip(), first, unique("first"), "First-pass-1");
		assertThat(replaced.status()).isEqualTo(410);
		assertThat(replaced.json().get("detail").asString()).contains("новый код");
		assertThat(activate(ip(), second, unique("second"), "Second-pass-1").status()).isEqualTo(201);
	}

	@Test
	void keycloaksPasswordPolicyAndATakenLoginAreClearRefusalsThatKeepTheCodeUsable() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа паролей");
		String code = issue(desk, apply(desk, guardian(desk)));

		String login = unique("parent");
		Response sameAsLogin = activate(ip(), code, login, login);
		assertThat(sameAsLogin.status()).as(sameAsLogin.toString()).isEqualTo(400);
		assertThat(sameAsLogin.isProblem()).isTrue();
		assertThat(sameAsLogin.json().get("detail").asString()).contains("Пароль не соответствует требованиям");
		Response shortPassword = activate(ip(), code, login, "short");
		assertThat(shortPassword.status()).isEqualTo(400);
		assertThat(shortPassword.json().get("errors").toString()).contains("password");
		Response badLogin = activate(ip(), code, "Иванова Мария", "Mother-pass-1");
		assertThat(badLogin.status()).isEqualTo(400);
		assertThat(badLogin.json().get("errors").toString()).contains("username");

		String taken = unique("taken");
		String someoneElse = student(desk, LocalDate.parse("2013-01-01"));
		assertThat(api().post("/api/identity/persons/" + someoneElse + "/account", desk.admin(),
				Map.of("username", taken, "password", "Taken-pass-1")).status()).isEqualTo(201);
		Response takenLogin = activate(ip(), code, taken, "Mother-pass-1");
		assertThat(takenLogin.status()).isEqualTo(409);
		assertThat(takenLogin.json().get("detail").asString()).isEqualTo("Этот логин уже занят.");

		assertThat(activate(ip(), code, login, "Mother-pass-1").status()).isEqualTo(201);
	}

	@Test
	void activationIsRateLimitedPerClient() {
		String client = ip();
		for (int i = 0; i < 10; i++) {
			Response unknown = activate(client, "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", unique("x"), "Guess-pass-1");
			assertThat(unknown.status()).isEqualTo(400);
			assertThat(unknown.json().get("detail").asString()).contains("Код доступа неверен");
		}
		Response limited = activate(client, "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", unique("x"), "Guess-pass-1");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.isProblem()).isTrue();
		assertThat(limited.json().get("detail").asString()).contains("Слишком много попыток");
		assertThat(activate(ip(), "not a code", unique("x"), "Guess-pass-1").status()).as("another client").isEqualTo(400);
	}

	@Test
	void onlyTheApplicationsSchoolIssuesCodesAndTheLetterCannotBeReprinted() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа выдачи");
		Desk other = newSchool(region, "Школа чужая");
		String application = apply(desk, guardian(desk));

		assertThat(api().post("/api/identity/applications/" + application + "/codes", other.admin(), null).status()).isEqualTo(404);
		assertThat(api().post("/api/identity/applications/" + UUID.randomUUID() + "/codes", desk.admin(), null).status()).isEqualTo(404);
		assertThat(api().post("/api/identity/applications/" + application + "/codes", null, null).status()).isEqualTo(401);
		String portalsOwn = created(api().post("/api/identity/applications", portalToken(), Map.of("personId", guardian(desk))));
		Response portal = api().post("/api/identity/applications/" + portalsOwn + "/codes", portalToken(), null);
		assertThat(portal.status()).isEqualTo(403);

		String refused = apply(desk, guardian(desk));
		api().post("/api/identity/applications/" + refused + "/refusal", desk.admin(), Map.of("reason", "Отозвано заявителем"));
		Response onRefused = api().post("/api/identity/applications/" + refused + "/codes", desk.admin(), null);
		assertThat(onRefused.status()).isEqualTo(409);
		assertThat(onRefused.json().get("detail").asString()).contains("отказано");
		assertThat(jdbc.sql("select count(*) from access_code where application_id in (?, ?)")
			.params(UUID.fromString(application), UUID.fromString(refused)).query(Integer.class).single()).isZero();

		String codeId = pdf(desk.admin(), "/api/identity/applications/" + application + "/codes").headers().firstValue("location")
			.orElseThrow().replace("/api/identity/codes/", "");
		Response letter = api().get("/api/identity/codes/" + codeId + "/letter", desk.admin());
		assertThat(letter.status()).isEqualTo(410);
		assertThat(letter.json().get("detail").asString()).contains("только при выдаче");
	}

	@Test
	void anIdempotencyKeyNeverKeepsACodeInTheIdempotencyStore() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа повторов");
		String guardian = guardian(desk);
		String application = apply(desk, guardian);
		verifiedContact(guardian, "sms", "+7 900 ***-**-67");
		String key = UUID.randomUUID().toString();
		Response first = api().send("POST", "/api/identity/applications/" + application + "/codes", desk.admin(), null,
				Map.of("Idempotency-Key", key));
		Response retry = api().send("POST", "/api/identity/applications/" + application + "/codes", desk.admin(), null,
				Map.of("Idempotency-Key", key));
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.headers()).doesNotContainKey("idempotent-replayed");
		assertThat(retry.json().get("deliveredTo").asString()).isEqualTo("sms");
		assertThat(retry.json().get("id").asString()).isNotEqualTo(first.json().get("id").asString());
		assertThat(jdbc.sql("select count(*) from idempotency_record where idempotency_key = ?").param(key).query(Integer.class).single())
			.isZero();
		java.util.List<String> sent = org.ejd.testkit.EventProbe.awaitAll("identity.applications.v1",
				r -> r.key().equals(guardian) && r.value().contains("identity.application.code-issued"), 2, Duration.ofSeconds(30))
			.stream().map(r -> { java.util.regex.Matcher m = CODE.matcher(r.value()); m.find(); return m.group(); }).toList();
		assertThat(sent.get(1)).as("the retry sent a new code").isNotEqualTo(sent.get(0));
		assertThat(activate(ip(), sent.get(0), unique("first"), "First-pass-1").status()).isEqualTo(410);
	}

	String apply(Desk desk, String personId) {
		return created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", personId)));
	}

	/** The code on the letter the school prints for the application. */
	String issue(Desk desk, String applicationId) {
		return codeFromLetter(desk.admin(), applicationId);
	}

	Response activate(String client, String code, String username, String password) {
		return api().send("POST", "/api/identity/activations", null,
				Map.of("code", code, "username", username, "password", password), Map.of("X-Forwarded-For", client));
	}

	/** A client address of its own, so that the rate limit of one test never touches another. */
	static String ip() {
		UUID random = UUID.randomUUID();
		return "10." + (random.getMostSignificantBits() & 0xff) + "." + (random.getLeastSignificantBits() & 0xff) + "."
				+ ((random.getLeastSignificantBits() >> 8) & 0xff);
	}

	static JsonNode claims(String token) {
		return JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1])));
	}
}
