package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.KeycloakBrowser;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A6, A7: a regional portal links its user's confirmed account to the diary once, by SNILS or by the
 * diary credentials typed once; afterwards the portal's login opens the diary through Keycloak's
 * identity brokering without asking again (ADR 0009). Drives the real login pages of both realms.
 */
class PortalLinkIT extends IdentityIT {

	private static final String LINKS = "/api/identity/portal-links";

	@Test
	void aGuardianLinkedBySnilsOpensTheDiaryFromThePortalWithoutAskingAgain() {
		Desk desk = newSchool(regionOperatorToken(), "Школа портала по СНИЛС");
		String snils = randomSnils();
		String guardian = guardianWithSnils(desk, "Петрова", "Мария", "Ивановна", snils);
		String login = issueAccount(desk, guardian, "Mother-pass-1");
		String portalLogin = unique("portal-mother");
		String portalUser = RealServers.keycloak().createPortalUser(portalLogin, "Portal-pass-1");

		KeycloakBrowser.Outcome before = RealServers.keycloak().browser().signInThroughPortal(portalLogin, "Portal-pass-1");
		assertThat(before.signedIn()).isFalse();
		assertThat(before.page()).contains("не связана с электронным дневником");

		String formatted = snils.substring(0, 3) + "-" + snils.substring(3, 6) + "-" + snils.substring(6, 9) + " " + snils.substring(9);
		String esiaId = Long.toString(1_000_000_000L + (long) (Math.random() * 1_000_000_000L));
		Response linked = api().post(LINKS, portalToken(), signed(Map.of("portalUserId", portalUser, "portalUsername", portalLogin,
				"accountConfirmed", true, "snils", formatted, "esiaId", esiaId)));
		assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
		assertThat(linked.headers().get("cache-control")).contains("no-store");
		assertThat(linked.json().get("personId").asString()).isEqualTo(guardian);
		assertThat(linked.json().get("holderKind").asString()).isEqualTo("guardian");
		assertThat(linked.json().get("holderName").asString()).isEqualTo("Петрова М. И.");
		assertThat(linked.json().get("linkedVia").asString()).isEqualTo("snils");
		assertThat(linked.json().get("esiaId").asString()).isEqualTo(esiaId);
		assertThat(linked.toString()).doesNotContain(snils);
		Response again = api().post(LINKS, portalToken(), signed(Map.of("portalUserId", portalUser, "accountConfirmed", true,
				"snils", snils)));
		assertThat(again.status()).as("linking twice changes nothing").isEqualTo(200);
		assertThat(RealServers.keycloak().federatedIdentities(login).toString()).contains("regional-portal", portalUser);
		JsonNode event = event("identity.accounts.v1", "identity.account.portal-linked", guardian);
		assertThat(event.get("version").asLong()).isEqualTo(2);
		// the diary serves the portal's view and FGIS «Моя школа» by these (ADR 0021); never the SNILS or the login
		assertThat(event.get("data").get("portalClientId").asString()).isEqualTo("ejd-portal");
		assertThat(event.get("data").get("portalUserId").asString()).isEqualTo(portalUser);
		assertThat(event.get("data").get("esiaId").asString()).isEqualTo(esiaId);
		assertThat(event.toString()).doesNotContain(snils, login);

		KeycloakBrowser browser = RealServers.keycloak().browser();
		KeycloakBrowser.Outcome first = browser.signInThroughPortal(portalLogin, "Portal-pass-1");
		assertThat(first.signedIn()).as(first.page()).isTrue();
		assertThat(first.claims().get("person_id").asString()).isEqualTo(guardian);
		assertThat(first.claims().get("preferred_username").asString()).isEqualTo(login);
		assertThat(first.claims().get("realm_access").get("roles").toString()).contains("guardian");
		// the portal session stands: «Перейти в дневник» again opens the diary without any password
		KeycloakBrowser.Outcome second = browser.signInThroughPortal(portalLogin, "not-asked-any-more");
		assertThat(second.signedIn()).as(second.page()).isTrue();
		assertThat(second.claims().get("person_id").asString()).isEqualTo(guardian);
		// and the diary API accepts that token as the guardian's own
		assertThat(api().get(LINKS + "/" + portalUser, first.accessToken()).status()).as("a person is not a portal").isEqualTo(403);

		assertThat(api().get(LINKS + "/" + portalUser, portalToken()).json().get("personId").asString()).isEqualTo(guardian);
		assertThat(api().delete(LINKS + "/" + portalUser, portalToken()).status()).isEqualTo(204);
		assertThat(api().get(LINKS + "/" + portalUser, portalToken()).status()).isEqualTo(404);
		assertThat(api().delete(LINKS + "/" + portalUser, portalToken()).status()).isEqualTo(404);
		// each answer naming the holder (linked, linked again, read) is a read of their data by the portal (issue 18)
		List<String> portalReads = new java.util.ArrayList<>();
		api().get("/api/identity/schools/" + desk.schoolId() + "/reads?personId=" + guardian, desk.admin()).json().get("items")
			.forEach(read -> portalReads.add(read.get("what").asString() + " " + read.get("reader").asString()));
		assertThat(portalReads).filteredOn(read -> read.startsWith("portal-link"))
			.containsExactly("portal-link ejd-portal", "portal-link ejd-portal", "portal-link ejd-portal");
		JsonNode unlinked = event("identity.accounts.v1", "identity.account.portal-unlinked", guardian);
		assertThat(unlinked.get("version").asLong()).isEqualTo(3);
		assertThat(unlinked.get("data").get("portalUserId").asString()).isEqualTo(portalUser);
		assertThat(RealServers.keycloak().browser().signInThroughPortal(portalLogin, "Portal-pass-1").signedIn())
			.as("unlinked: the portal login is refused again").isFalse();
	}

	@Test
	void aStudentOf14LinksWithTheDiaryCredentialsTypedOnceAndAWrongPasswordLinksNothing() {
		Desk desk = newSchool(regionOperatorToken(), "Школа портала по паролю");
		String student = student(desk, today().minusYears(14));
		String login = issueAccount(desk, student, "Student-pass-1");
		String portalLogin = unique("portal-teen");
		String portalUser = RealServers.keycloak().createPortalUser(portalLogin, "Portal-pass-2");

		Response wrong = api().post(LINKS, portalToken(), signed(Map.of("portalUserId", portalUser, "accountConfirmed", true,
				"login", login, "password", "Not-the-pass-1")));
		assertThat(wrong.status()).as(wrong.toString()).isEqualTo(422);
		assertThat(wrong.json().get("detail").asString()).isEqualTo("Логин или пароль дневника неверны.");
		assertThat(api().get(LINKS + "/" + portalUser, portalToken()).status()).isEqualTo(404);

		Response linked = api().post(LINKS, portalToken(), signed(Map.of("portalUserId", portalUser, "accountConfirmed", true,
				"login", login.toUpperCase(), "password", "Student-pass-1")));
		assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
		assertThat(linked.json().get("personId").asString()).isEqualTo(student);
		assertThat(linked.json().get("holderKind").asString()).isEqualTo("student");
		assertThat(linked.json().get("linkedVia").asString()).isEqualTo("credentials");

		KeycloakBrowser.Outcome diary = RealServers.keycloak().browser().signInThroughPortal(portalLogin, "Portal-pass-2");
		assertThat(diary.signedIn()).as(diary.page()).isTrue();
		assertThat(diary.claims().get("person_id").asString()).isEqualTo(student);
		assertThat(diary.claims().get("realm_access").get("roles").toString()).contains("student");
		// the password still works on its own, and the check left no session behind in Keycloak
		assertThat(login(login, "Student-pass-1")).isNotBlank();
	}

	@Test
	void aStudentIsNeverLinkedBeforeTheFourteenthBirthday() {
		Desk desk = newSchool(regionOperatorToken(), "Школа младших для портала");
		String tomorrowFourteen = student(desk, today().minusYears(14).plusDays(1));
		String login = issueAccount(desk, tomorrowFourteen, "Young-pass-1");
		Response refused = api().post(LINKS, portalToken(), signed(Map.of("portalUserId", UUID.randomUUID().toString(),
				"accountConfirmed", true, "login", login, "password", "Young-pass-1")));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("младше 14 лет");

		assertThat(api().get(LINKS, portalToken()).status()).as("no listing of links").isIn(404, 405);
	}

	@Test
	void onlyAConnectedPortalLinksAndOnlyAConfirmedAccountOfAHolderWithAnOpenAccount() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа отказов портала");
		String snils = randomSnils();
		String guardian = guardianWithSnils(desk, "Сидорова", "Ольга", snils);
		Map<String, Object> bySnils = new HashMap<>(Map.of("portalUserId", UUID.randomUUID().toString(),
				"accountConfirmed", true, "snils", snils));

		Response notPortal = api().post(LINKS, desk.admin(), bySnils);
		assertThat(notPortal.status()).isEqualTo(403);
		assertThat(notPortal.isProblem()).isTrue();
		assertThat(api().post(LINKS, null, bySnils).status()).isEqualTo(401);
		assertThat(api().post(LINKS, portalToken(), signed(with(bySnils, "accountConfirmed", false))).status()).isEqualTo(422);
		assertThat(api().post(LINKS, portalToken(), signed(with(bySnils, "login", "someone"))).status()).as("two proofs").isEqualTo(400);
		assertThat(api().post(LINKS, portalToken(), signed(Map.of("portalUserId", "x", "accountConfirmed", true))).status())
			.as("no proof").isEqualTo(400);
		assertThat(api().post(LINKS, portalToken(), signed(with(bySnils, "snils", "112-233-445 96"))).status()).as("checksum").isEqualTo(400);
		assertThat(api().post(LINKS, portalToken(), signed(with(bySnils, "snils", randomSnils()))).status()).as("nobody").isEqualTo(404);
		Response noAccount = api().post(LINKS, portalToken(), signed(bySnils));
		assertThat(noAccount.status()).isEqualTo(409);
		assertThat(noAccount.json().get("detail").asString()).contains("подайте заявление");

		issueAccount(desk, guardian, "Olga-pass-12");
		assertThat(api().post("/api/identity/persons/" + guardian + "/account/lock", desk.admin(), null).status()).isEqualTo(200);
		assertThat(api().post(LINKS, portalToken(), signed(bySnils)).status()).as("locked").isEqualTo(409);
		assertThat(api().post("/api/identity/persons/" + guardian + "/account/unlock", desk.admin(), null).status()).isEqualTo(200);
		assertThat(api().post(LINKS, portalToken(), signed(bySnils)).status()).isEqualTo(201);

		Response otherPortalUser = api().post(LINKS, portalToken(), signed(with(bySnils, "portalUserId", UUID.randomUUID().toString())));
		assertThat(otherPortalUser.status()).as("one portal account per diary").isEqualTo(409);
		String otherSnils = randomSnils();
		String otherGuardian = guardianWithSnils(desk, "Другая", "Мать", otherSnils);
		issueAccount(desk, otherGuardian, "Other-pass-1");
		Response taken = api().post(LINKS, portalToken(), signed(with(bySnils, "snils", otherSnils)));
		assertThat(taken.status()).as("one diary per portal account").isEqualTo(409);
		assertThat(taken.json().get("detail").asString()).contains("другого человека");
	}

	@Test
	void anEsiaAccountOpensOneDiaryOnlyAndABadEsiaIdIsRefused() {
		Desk desk = newSchool(regionOperatorToken(), "Школа ЕСИА");
		String first = guardianWithAccount(desk, "Esia-pass-12");
		String second = guardianWithAccount(desk, "Esia-pass-22");
		String esiaId = Long.toString(2_000_000_000L + (long) (Math.random() * 1_000_000_000L));
		Response bad = api().post(LINKS, portalToken(), signed(Map.of("portalUserId", UUID.randomUUID().toString(),
				"accountConfirmed", true, "snils", first, "esiaId", "ESIA-42")));
		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(bad.isProblem()).isTrue();
		assertThat(api().post(LINKS, portalToken(), signed(Map.of("portalUserId", UUID.randomUUID().toString(),
				"accountConfirmed", true, "snils", first, "esiaId", esiaId))).status()).isEqualTo(201);
		Response taken = api().post(LINKS, portalToken(), signed(Map.of("portalUserId", UUID.randomUUID().toString(),
				"accountConfirmed", true, "snils", second, "esiaId", esiaId)));
		assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
		assertThat(taken.json().get("detail").asString()).contains("ЕСИА");
	}

	@Test
	void aPortalNeitherLinksNorFilesApplicationsForPeopleOutsideItsRegions() {
		String otherRegion = regionOperatorToken("52");
		String schoolId = created(api().post("/api/identity/schools", otherRegion,
				Map.of("name", "Школа чужого региона", "municipalityId", municipality("52", "г. Нижний Новгород"))));
		String adminId = created(api().post("/api/identity/schools/" + schoolId + "/staff", otherRegion,
				Map.of("lastName", "Петрова", "firstName", "Анна", "roles", java.util.List.of("school-admin"))));
		String adminLogin = unique("admin");
		assertThat(api().post("/api/identity/persons/" + adminId + "/account", otherRegion,
				Map.of("username", adminLogin, "password", "Admin-pass-1")).status()).isEqualTo(201);
		Desk foreign = new Desk(schoolId, adminId, login(adminLogin, "Admin-pass-1"));
		String snils = randomSnils();
		String guardian = created(api().post("/api/identity/schools/" + schoolId + "/guardians", foreign.admin(),
				Map.of("lastName", "Чужая", "firstName", "Мать", "snils", snils)));

		Response application = api().post("/api/identity/applications", portalToken(), Map.of("personId", guardian));
		assertThat(application.status()).as("ejd-portal serves region 51 only: " + application).isEqualTo(404);
		assertThat(application.isProblem()).isTrue();

		issueAccount(foreign, guardian, "Foreign-pass-1");
		Response link = api().post(LINKS, portalToken(), signed(Map.of("portalUserId", UUID.randomUUID().toString(),
				"accountConfirmed", true, "snils", snils)));
		assertThat(link.status()).as(link.toString()).isEqualTo(404);
		assertThat(link.json().get("detail").asString()).contains("СНИЛС");
	}

	private String guardianWithAccount(Desk desk, String password) {
		String snils = randomSnils();
		String guardian = guardianWithSnils(desk, "Петрова", "Нина", snils);
		issueAccount(desk, guardian, password);
		return snils;
	}

	@Test
	void aRevokedAccountTakesItsPortalLinkWithIt() {
		Desk desk = newSchool(regionOperatorToken(), "Школа отзыва связей");
		String snils = randomSnils();
		String guardian = guardianWithSnils(desk, "Уходящая", "Анна", snils);
		issueAccount(desk, guardian, "Leaving-pass-1");
		String portalUser = UUID.randomUUID().toString();
		assertThat(api().post(LINKS, portalToken(), signed(Map.of("portalUserId", portalUser, "accountConfirmed", true, "snils", snils)))
			.status()).isEqualTo(201);

		assertThat(api().post("/api/identity/persons/" + guardian + "/account/revoke", desk.admin(), null).status()).isEqualTo(204);
		assertThat(api().get(LINKS + "/" + portalUser, portalToken()).status()).isEqualTo(404);
		assertThat(api().post(LINKS, portalToken(), signed(Map.of("portalUserId", portalUser, "accountConfirmed", true, "snils", snils)))
			.status()).as("no account any more").isEqualTo(409);
	}


	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Europe/Moscow"));
	}

	private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
		Map<String, Object> copy = new HashMap<>(body);
		copy.put(key, value);
		return copy;
	}

}
