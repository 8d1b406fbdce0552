package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The credential lifecycle: lock, unlock, revoke; and a guardian's schools follow the end of a representation. */
class AccountLifecycleIT extends IdentityIT {

	private static final String ACCOUNTS = "identity.accounts.v1";

	private final EventContracts contracts = new EventContracts();

	@Test
	void theSchoolLocksAndUnlocksAnAccountAndKeycloakFollows() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа блокировок учётных записей");
		String guardian = guardian(desk);
		String login = unique("locked");
		assertThat(api().post("/api/identity/persons/" + guardian + "/account", desk.admin(),
				Map.of("username", login, "password", "Locked-pass-1")).status()).isEqualTo(201);
		JsonNode opened = event("identity.account.opened", guardian);
		assertThat(opened.get("data").get("via").asString()).isEqualTo("desk");
		assertThat(opened.get("data").get("roles").toString()).isEqualTo("[\"guardian\"]");
		assertThat(opened.get("version").asLong()).isEqualTo(1);
		assertThat(opened.toString()).doesNotContain(login, "Locked-pass-1");

		Response locked = api().post("/api/identity/persons/" + guardian + "/account/lock", desk.admin(),
				Map.of("reason", "Утерян телефон с паролем"));
		assertThat(locked.status()).as(locked.toString()).isEqualTo(200);
		assertThat(locked.json().get("status").asString()).isEqualTo("locked");
		assertThat(locked.json().get("lockReason").asString()).isEqualTo("Утерян телефон с паролем");
		assertThatThrownBy(() -> login(login, "Locked-pass-1")).hasMessageContaining("400");
		Response again = api().post("/api/identity/persons/" + guardian + "/account/lock", desk.admin(), null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).isEqualTo("Учётная запись уже заблокирована.");
		JsonNode lockedEvent = event("identity.account.locked", guardian);
		assertThat(lockedEvent.get("version").asLong()).isEqualTo(2);
		assertThat(lockedEvent.toString()).doesNotContain("телефон");

		Response unlocked = api().post("/api/identity/persons/" + guardian + "/account/unlock", desk.admin(), null);
		assertThat(unlocked.status()).isEqualTo(200);
		assertThat(unlocked.json().get("status").asString()).isEqualTo("active");
		assertThat(unlocked.json().hasNonNull("lockReason")).as(unlocked.toString()).isFalse();
		assertThat(login(login, "Locked-pass-1")).isNotBlank();
		assertThat(api().post("/api/identity/persons/" + guardian + "/account/unlock", desk.admin(), null).status()).isEqualTo(409);
		assertThat(event("identity.account.unlocked", guardian).get("version").asLong()).isEqualTo(3);
		assertThat(api().get("/api/identity/persons/" + guardian + "/account", desk.admin()).json().get("username").asString())
			.isEqualTo(login);
	}

	@Test
	void aRevokedAccountIsGoneAndThePersonMayApplyAndActivateAgain() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа отзыва");
		String student = student(desk, LocalDate.parse("2011-04-04"));
		String login = unique("leaver");
		assertThat(api().post("/api/identity/persons/" + student + "/account", desk.admin(),
				Map.of("username", login, "password", "Leaver-pass-1")).status()).isEqualTo(201);

		Response revoked = api().post("/api/identity/persons/" + student + "/account/revoke", desk.admin(),
				Map.of("reason", "Выбыл из школы"));
		assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);
		assertThatThrownBy(() -> login(login, "Leaver-pass-1")).hasMessageContaining("401");
		Response gone = api().get("/api/identity/persons/" + student + "/account", desk.admin());
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.json().get("detail").asString()).isEqualTo("У этого человека нет учётной записи.");
		assertThat(api().post("/api/identity/persons/" + student + "/account/revoke", desk.admin(), null).status()).isEqualTo(404);
		JsonNode revokedEvent = event("identity.account.revoked", student);
		assertThat(revokedEvent.get("version").asLong()).isEqualTo(2);
		assertThat(revokedEvent.get("schoolid").asString()).isEqualTo(desk.schoolId());

		String application = created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", student)));
		String code = codeFromLetter(desk.admin(), application);
		String newLogin = unique("back");
		Response activated = api().send("POST", "/api/identity/activations", null,
				Map.of("code", code, "username", newLogin, "password", "Back-pass-12"), Map.of("X-Forwarded-For", AccessCodesIT.ip()));
		assertThat(activated.status()).as(activated.toString()).isEqualTo(201);
		assertThat(login(newLogin, "Back-pass-12")).isNotBlank();
		JsonNode reopened = Eventually.until(() -> events("identity.account.opened", student), list -> list.size() == 2,
				Duration.ofSeconds(30)).get(1);
		assertThat(reopened.get("version").asLong()).isEqualTo(3);
		assertThat(reopened.get("data").get("via").asString()).isEqualTo("access-code");
		assertThat(api().get("/api/identity/persons/" + student + "/account", desk.admin()).json().get("openedVia").asString())
			.isEqualTo("access-code");
	}

	@Test
	void onlyTheSchoolManagesItsAccountsAndOnlyTheRegionASchoolAdmins() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа прав");
		Desk other = newSchool(region, "Школа чужих прав");
		String guardian = guardian(desk);
		assertThat(api().post("/api/identity/persons/" + guardian + "/account", desk.admin(),
				Map.of("username", unique("g"), "password", "Guard-pass-1")).status()).isEqualTo(201);

		Response stranger = api().post("/api/identity/persons/" + guardian + "/account/lock", other.admin(), null);
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(stranger.json().get("detail").asString()).isEqualTo("Человек не найден.");
		assertThat(api().post("/api/identity/persons/" + guardian + "/account/revoke", portalToken(), null).status()).isEqualTo(404);
		assertThat(api().get("/api/identity/persons/" + guardian + "/account", other.admin()).status()).isEqualTo(404);
		Response longReason = api().post("/api/identity/persons/" + guardian + "/account/lock", desk.admin(),
				Map.of("reason", "я".repeat(501)));
		assertThat(longReason.status()).isEqualTo(400);
		assertThat(api().get("/api/identity/persons/" + guardian + "/account", desk.admin()).json().get("status").asString())
			.isEqualTo("active");

		Response colleague = api().post("/api/identity/persons/" + desk.adminId() + "/account/lock", desk.admin(), null);
		assertThat(colleague.status()).isEqualTo(403);
		assertThat(colleague.json().get("detail").asString()).contains("только оператор региона");
		assertThat(api().post("/api/identity/persons/" + desk.adminId() + "/account/lock", region, null).status()).isEqualTo(200);
		assertThat(api().post("/api/identity/persons/" + desk.adminId() + "/account/unlock", region, null).status()).isEqualTo(200);

		String noAccount = guardian(desk);
		Response none = api().post("/api/identity/persons/" + noAccount + "/account/lock", desk.admin(), null);
		assertThat(none.status()).isEqualTo(404);
		assertThat(none.json().get("detail").asString()).contains("нет учётной записи");
	}

	@Test
	void endingARepresentationTakesTheStudentsSchoolOutOfTheGuardiansTokenAndTheLastOneTheAccount() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа семей");
		Desk other = newSchool(region, "Школа других семей");
		String student = student(desk, LocalDate.parse("2014-05-05"));
		String guardian = guardian(desk);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow")); // the school's time zone
		String representation = created(api().post("/api/identity/representations", desk.admin(),
				Map.of("guardianId", guardian, "studentId", student, "basis", "parent", "validFrom", today.toString())));
		String daughter = student(other, LocalDate.parse("2016-06-06"));
		// a guardian of another school's family: linked by the region, which sees both schools
		String second = created(api().post("/api/identity/representations", region,
				Map.of("guardianId", guardian, "studentId", daughter, "basis", "parent")));
		String login = unique("father");
		assertThat(api().post("/api/identity/persons/" + guardian + "/account", desk.admin(),
				Map.of("username", login, "password", "Father-pass-1")).status()).isEqualTo(201);
		assertThat(AccessCodesIT.claims(login(login, "Father-pass-1")).get("school_ids").toString()).contains(desk.schoolId());

		String tomorrow = today.plusDays(1).toString();
		Response future = api().post("/api/identity/representations/" + representation + "/end", desk.admin(), Map.of("endedOn", tomorrow));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("detail").asString()).contains("в будущем");
		String yesterday = today.minusDays(1).toString();
		Response beforeStart = api().post("/api/identity/representations/" + representation + "/end", desk.admin(),
				Map.of("endedOn", yesterday));
		assertThat(beforeStart.status()).isEqualTo(400);
		assertThat(beforeStart.json().get("detail").asString()).contains("раньше даты её начала");
		assertThat(api().post("/api/identity/representations/" + representation + "/end", other.admin(), null).status()).isEqualTo(404);

		Response ended = api().post("/api/identity/representations/" + representation + "/end", desk.admin(),
				Map.of("reason", "Решение суда"));
		assertThat(ended.status()).as(ended.toString()).isEqualTo(200);
		assertThat(ended.json().get("endedOn").asString()).isEqualTo(today.toString());
		assertThat(api().post("/api/identity/representations/" + representation + "/end", desk.admin(), null).status()).isEqualTo(409);

		JsonNode endedEvent = json(EventProbe.await("identity.representations.v1",
				r -> r.value().contains("identity.representation.ended") && r.value().contains(representation), Duration.ofSeconds(30)).value());
		contracts.validate("identity.representations.v1", endedEvent);
		assertThat(endedEvent.get("version").asLong()).isEqualTo(2);
		assertThat(endedEvent.get("data").get("guardianId").asString()).isEqualTo(guardian);
		assertThat(endedEvent.toString()).doesNotContain("суда");

		JsonNode claims = Eventually.until(() -> AccessCodesIT.claims(login(login, "Father-pass-1")),
				c -> !c.path("school_ids").toString().contains(desk.schoolId()), Duration.ofSeconds(30));
		assertThat(claims.get("person_id").asString()).isEqualTo(guardian);
		assertThat(claims.get("school_ids").toString()).as("the daughter's school stays").contains(other.schoolId());

		// the last representation ends: nobody left to represent, so the account goes with it
		assertThat(api().post("/api/identity/representations/" + second + "/end", other.admin(), null).status()).isEqualTo(200);
		JsonNode revoked = event("identity.account.revoked", guardian);
		assertThat(revoked.get("version").asLong()).isEqualTo(2);
		assertThatThrownBy(() -> login(login, "Father-pass-1")).hasMessageContaining("401");
		assertThat(api().get("/api/identity/persons/" + guardian + "/account", desk.admin()).status()).isEqualTo(404);
	}

	/** The event of this type about this person, checked against its contract. */
	private JsonNode event(String type, String personId) {
		JsonNode event = json(EventProbe.await(ACCOUNTS, r -> r.value().contains(type) && r.key().equals(personId),
				Duration.ofSeconds(30)).value());
		contracts.validate(ACCOUNTS, event);
		return event;
	}

	private List<JsonNode> events(String type, String personId) {
		return EventProbe.readAll(ACCOUNTS, Duration.ofSeconds(1)).stream()
			.filter(r -> personId.equals(r.key()) && r.value().contains("\"" + type + "\""))
			.map(ConsumerRecord::value).map(AccountLifecycleIT::json).toList();
	}

	private static JsonNode json(String text) {
		return JsonMapper.builder().build().readTree(text);
	}
}
