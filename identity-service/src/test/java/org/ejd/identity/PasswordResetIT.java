package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.KeycloakBrowser;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A3 lifecycle: the school resets a forgotten password; the holder chooses a new one at the next sign-in. */
class PasswordResetIT extends IdentityIT {

	@Test
	void theSchoolGivesATemporaryPasswordThatTheHolderReplacesAtTheNextSignIn() {
		Desk desk = newSchool(regionOperatorToken(), "Школа забытых паролей");
		String guardian = guardian(desk);
		String login = unique("forgetful");
		assertThat(api().post("/api/identity/persons/" + guardian + "/account", desk.admin(),
				Map.of("username", login, "password", "Forgotten-pass-1")).status()).isEqualTo(201);

		verifiedContact(guardian, "email", "m***@example.org");

		Response reset = api().post("/api/identity/persons/" + guardian + "/account/password-reset", desk.admin(), null);
		assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
		assertThat(reset.headers().get("cache-control")).contains("no-store");
		assertThat(reset.json().get("username").asString()).isEqualTo(login);
		assertThat(reset.json().get("deliveredTo").asString()).isEqualTo("email");
		assertThat(reset.json().get("destination").asString()).isEqualTo("m***@example.org");
		assertThat(reset.json().has("temporaryPassword")).as("the school never gets the password as text").isFalse();
		// the holder reads it in the message handed over for their verified email
		String message = sentMessage("identity.accounts.v1", "identity.account.password-reset", guardian);
		Matcher sent = Pattern.compile("\\b[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}\\b").matcher(message);
		assertThat(sent.find()).as(message).isTrue();
		String temporary = sent.group();
		assertThat(message).contains(login, "Если вы не обращались в школу");
		assertThat(reset.body()).doesNotContain(temporary);

		assertThatThrownBy(() -> login(login, "Forgotten-pass-1")).as("the old password is gone").hasMessageContaining("401");
		assertThatThrownBy(() -> login(login, temporary)).as("a temporary password alone opens nothing")
			.hasMessageContaining("not fully set up");
		KeycloakBrowser.Outcome signedIn = RealServers.keycloak().browser().signIn(login, temporary, "Chosen-by-me-7");
		assertThat(signedIn.signedIn()).as(signedIn.page()).isTrue();
		assertThat(signedIn.claims().get("person_id").asString()).isEqualTo(guardian);
		assertThat(login(login, "Chosen-by-me-7")).isNotBlank();

		JsonNode event = event("identity.accounts.v1", "identity.account.password-reset", guardian);
		assertThat(event.get("version").asLong()).isEqualTo(2);
		org.ejd.testkit.Eventually.until(() -> identityDb.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + temporary + "%").query(Integer.class).single(), n -> n == 0, java.time.Duration.ofSeconds(30));
	}

	@Test
	void theResetPasswordPrintsOnceAsARussianLetterThatSignsIn() throws Exception {
		Desk desk = newSchool(regionOperatorToken(), "Школа печатных паролей");
		String guardian = guardian(desk);
		String login = unique("printed");
		assertThat(api().post("/api/identity/persons/" + guardian + "/account", desk.admin(),
				Map.of("username", login, "password", "Printed-pass-1")).status()).isEqualTo(201);
		HttpResponse<byte[]> letter = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/identity/persons/" + guardian + "/account/password-reset"))
			.header("Authorization", "Bearer " + desk.admin())
			.header("Accept", "application/pdf")
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(letter.statusCode()).isEqualTo(200);
		assertThat(letter.headers().firstValue("content-type")).hasValue("application/pdf");
		assertThat(letter.headers().firstValue("cache-control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
		String text;
		try (PDDocument pdf = Loader.loadPDF(letter.body())) {
			text = new PDFTextStripper().getText(pdf);
		}
		assertThat(text).contains("Временный пароль к электронному дневнику", "Школа печатных паролей", "Иванова Мария Сергеевна",
				login, "придумать новый пароль");
		Matcher printed = Pattern.compile("\\b[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}\\b").matcher(text);
		assertThat(printed.find()).as(text).isTrue();
		JsonNode notice = event("identity.accounts.v1", "identity.account.password-reset", guardian);
		assertThat(notice.get("data").get("deliveredTo").asString()).isEqualTo("letter");
		assertThat(notice.toString()).doesNotContain(printed.group());
		KeycloakBrowser.Outcome signedIn = RealServers.keycloak().browser().signIn(login, printed.group(), "Novy-parol-3");
		assertThat(signedIn.signedIn()).as(signedIn.page()).isTrue();
	}

	@Test
	void aLoginIssuedAtTheDeskWithATemporaryPasswordMustChooseItsOwnAtTheFirstSignIn() {
		Desk desk = newSchool(regionOperatorToken(), "Школа временных паролей");
		String guardian = guardian(desk);
		String login = unique("newcomer");
		Response issued = api().post("/api/identity/persons/" + guardian + "/account", desk.admin(),
				Map.of("username", login, "password", "Vremenny-123", "temporary", true));
		assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
		assertThatThrownBy(() -> login(login, "Vremenny-123")).hasMessageContaining("not fully set up");
		KeycloakBrowser.Outcome first = RealServers.keycloak().browser().signIn(login, "Vremenny-123", "Moy-sobstvenny-2");
		assertThat(first.signedIn()).as(first.page()).isTrue();
		assertThat(login(login, "Moy-sobstvenny-2")).isNotBlank();
	}

	@Test
	void onlyTheHoldersSchoolResetsAndNeverALockedAccountOrASchoolAdminsOwn() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа сброса");
		Desk other = newSchool(region, "Чужая школа сброса");
		String guardian = guardian(desk);
		String path = "/api/identity/persons/" + guardian + "/account/password-reset";
		assertThat(api().post(path, desk.admin(), null).status()).as("no account yet").isEqualTo(404);
		assertThat(api().post("/api/identity/persons/" + guardian + "/account", desk.admin(),
				Map.of("username", unique("kept"), "password", "Kept-pass-12")).status()).isEqualTo(201);
		assertThat(api().post(path, other.admin(), null).status()).as("another school's admin").isEqualTo(404);
		assertThat(api().post(path, portalToken(), null).status()).as("a portal").isEqualTo(404);
		assertThat(api().post(path, null, null).status()).isEqualTo(401);

		assertThat(api().post("/api/identity/persons/" + guardian + "/account/lock", desk.admin(), null).status()).isEqualTo(200);
		Response locked = api().post(path, desk.admin(), null);
		assertThat(locked.status()).isEqualTo(409);
		assertThat(locked.json().get("detail").asString()).isEqualTo("Учётная запись заблокирована: сначала разблокируйте её.");

		Response ownAdmin = api().post("/api/identity/persons/" + desk.adminId() + "/account/password-reset", desk.admin(), null);
		assertThat(ownAdmin.status()).as("a school admin's account is the region's").isEqualTo(403);
		Response noContact = api().post("/api/identity/persons/" + desk.adminId() + "/account/password-reset", region, null);
		assertThat(noContact.status()).as("nowhere to send it: print the letter").isEqualTo(409);
		assertThat(noContact.json().get("detail").asString()).contains("распечатайте письмо");
		assertThat(pdf(region, "/api/identity/persons/" + desk.adminId() + "/account/password-reset").statusCode()).isEqualTo(200);
		assertThat(List.of(locked.isProblem(), ownAdmin.isProblem())).containsOnly(true);
	}
}
