package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A3: access lasts for the period of study; a student who leaves takes their access, and their guardians', with them. */
class StudentDepartureIT extends IdentityIT {

	@Test
	void aStudentWhoLeavesLosesTheAccountAndAGuardianWithNoOtherChildLosesTheirs() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа выбывающих");
		String leaver = student(desk, LocalDate.parse("2012-03-03"));
		String sister = student(desk, LocalDate.parse("2016-03-03"));
		String mother = guardian(desk);
		String father = guardian(desk);
		represent(desk, mother, leaver);
		represent(desk, mother, sister);
		represent(desk, father, leaver);
		String studentLogin = issueAccount(desk, leaver, "Leaver-pass-1");
		String motherLogin = issueAccount(desk, mother, "Mother-pass-1");
		String fatherLogin = issueAccount(desk, father, "Father-pass-1");

		Response left = api().post("/api/identity/persons/" + leaver + "/departure", desk.admin(),
				Map.of("reason", "Переезд в другой город"));
		assertThat(left.status()).as(left.toString()).isEqualTo(200);
		assertThat(left.json().get("leftOn").asString()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Moscow")).toString());

		JsonNode event = event("identity.persons.v1", "identity.student.left", leaver);
		assertThat(event.get("version").asLong()).isEqualTo(2);
		assertThat(event.toString()).doesNotContain("Переезд");
		assertThatThrownBy(() -> login(studentLogin, "Leaver-pass-1")).hasMessageContaining("401");
		assertThat(event("identity.accounts.v1", "identity.account.revoked", leaver)).isNotNull();

		// the father had only him: his account goes; the mother keeps hers for the sister
		assertThat(event("identity.accounts.v1", "identity.account.revoked", father)).isNotNull();
		assertThatThrownBy(() -> login(fatherLogin, "Father-pass-1")).hasMessageContaining("401");
		JsonNode claims = Eventually.until(() -> AccessCodesIT.claims(login(motherLogin, "Mother-pass-1")),
				c -> c.path("school_ids").toString().contains(desk.schoolId()), Duration.ofSeconds(30));
		assertThat(claims.get("person_id").asString()).isEqualTo(mother);
	}

	@Test
	void onlyTheStudentsSchoolRecordsADepartureOnceAndNeverInTheFuture() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа отметок выбытия");
		Desk other = newSchool(region, "Чужая школа выбытия");
		String student = student(desk, LocalDate.parse("2013-01-01"));
		String path = "/api/identity/persons/" + student + "/departure";
		assertThat(api().post(path, other.admin(), null).status()).as("another school").isEqualTo(404);
		assertThat(api().post(path, portalToken(), null).status()).isEqualTo(404);
		Response future = api().post(path, desk.admin(), Map.of("leftOn", LocalDate.now(ZoneId.of("Europe/Moscow")).plusDays(1).toString()));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("detail").asString()).contains("в будущем");
		assertThat(api().post("/api/identity/persons/" + guardian(desk) + "/departure", desk.admin(), null).status())
			.as("a guardian does not leave a school").isEqualTo(422);
		assertThat(api().post(path, desk.admin(), Map.of("leftOn", "2026-09-01")).status()).isEqualTo(200);
		Response again = api().post(path, desk.admin(), null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.isProblem()).isTrue();
	}


}
