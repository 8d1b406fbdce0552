package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A4: applications for diary access, their 5-working-day deadline, refusals and the overdue report. */
class AccessApplicationsIT extends IdentityIT {

	@Test
	void theSchoolDeskRegistersAFridayApplicationDueTheNextFriday() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа заявлений");
		String guardian = guardian(desk);

		CLOCK.setTo("2026-11-20T07:00:00Z"); // Friday, 10:00 in Moscow
		Response registered = api().post("/api/identity/applications", desk.admin(), Map.of("personId", guardian));

		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		JsonNode application = registered.json();
		assertThat(registered.headers().get("location")).endsWith("/api/identity/applications/" + application.get("id").asString());
		assertThat(application.get("registeredOn").asString()).isEqualTo("2026-11-20");
		assertThat(application.get("deadline").asString()).isEqualTo("2026-11-27");
		assertThat(application.get("status").asString()).isEqualTo("open");
		assertThat(application.get("channel").asString()).isEqualTo("desk");
		assertThat(application.get("applicant").get("kind").asString()).isEqualTo("guardian");
		assertThat(application.get("applicant").get("lastName").asString()).isEqualTo("Иванова");
		assertThat(application.toString()).doesNotContain("snils");
	}

	@Test
	void anApplicationPastItsDeadlineIsOverdueAndReportedToItsSchoolAndTheRegion() {
		String region = regionOperatorToken();
		Desk first = newSchool(region, "Школа № 11");
		Desk second = newSchool(region, "Школа № 12");
		CLOCK.setTo("2026-11-02T07:00:00Z"); // Monday; Wednesday 4 November is a holiday
		String late = apply(first.admin(), guardian(first));
		assertThat(api().get("/api/identity/applications/" + late, first.admin()).json().get("deadline").asString())
			.isEqualTo("2026-11-10");
		String refused = apply(first.admin(), guardian(first));
		api().post("/api/identity/applications/" + refused + "/refusal", first.admin(), Map.of("reason", "Нет документов"));
		String lateElsewhere = apply(second.admin(), guardian(second));
		CLOCK.setTo("2026-11-09T07:00:00Z");
		String notYetDue = apply(first.admin(), guardian(first));

		CLOCK.setTo("2026-11-11T07:00:00Z");
		JsonNode mine = report(first.admin(), "");
		assertThat(mine.get("schools")).hasSize(1);
		JsonNode school = mine.get("schools").get(0);
		assertThat(school.get("schoolId").asString()).isEqualTo(first.schoolId());
		assertThat(school.get("schoolName").asString()).isEqualTo("Школа № 11");
		assertThat(school.get("asOf").asString()).isEqualTo("2026-11-11");
		assertThat(school.get("count").asInt()).isEqualTo(1);
		assertThat(school.get("applications").get(0).get("id").asString()).isEqualTo(late);
		assertThat(school.get("applications").get(0).get("status").asString()).isEqualTo("overdue");
		assertThat(school.get("applications").get(0).get("workingDaysOverdue").asInt()).isEqualTo(1);
		assertThat(mine.toString()).doesNotContain(refused, notYetDue, lateElsewhere);

		JsonNode all = report(region, "");
		assertThat(all.toString()).contains(late, lateElsewhere).doesNotContain(refused, notYetDue);
		JsonNode onlySecond = report(region, "?schoolId=" + second.schoolId());
		assertThat(onlySecond.get("schools")).hasSize(1);
		assertThat(onlySecond.toString()).contains(lateElsewhere).doesNotContain(late);

		assertThat(api().get("/api/identity/applications/" + late, first.admin()).json().get("status").asString()).isEqualTo("overdue");
		assertThat(api().get("/api/identity/applications/" + notYetDue, first.admin()).json().get("status").asString()).isEqualTo("open");
		Response overdueList = api().get("/api/identity/schools/" + first.schoolId() + "/applications?status=overdue", first.admin());
		assertThat(overdueList.json()).hasSize(1);
		assertThat(overdueList.json().get(0).get("id").asString()).isEqualTo(late);
	}

	@Test
	void theOverdueReportIsOnlyForSchoolAdminsOfTheSchoolAndRegionOperators() {
		String region = regionOperatorToken();
		Desk mine = newSchool(region, "Школа отчёта");
		Desk other = newSchool(region, "Чужая школа отчёта");

		Response otherSchool = api().get("/api/identity/applications/overdue?schoolId=" + other.schoolId(), mine.admin());
		assertThat(otherSchool.status()).isEqualTo(403);
		assertThat(otherSchool.isProblem()).isTrue();
		assertThat(otherSchool.json().get("detail").asString()).contains("своей школы");

		Response portal = api().get("/api/identity/applications/overdue", portalToken());
		assertThat(portal.status()).isEqualTo(403);
		assertThat(portal.json().get("detail").asString()).contains("администратору школы и оператору региона");
		assertThat(api().get("/api/identity/applications/overdue", guardianToken()).status()).isEqualTo(403);
		assertThat(api().get("/api/identity/applications/overdue", null).status()).isEqualTo(401);

		Response list = api().get("/api/identity/schools/" + other.schoolId() + "/applications", mine.admin());
		assertThat(list.status()).isEqualTo(403);
		Response badStatus = api().get("/api/identity/schools/" + mine.schoolId() + "/applications?status=lost", mine.admin());
		assertThat(badStatus.status()).isEqualTo(400);
		assertThat(badStatus.json().get("detail").asString()).contains("«lost»");
	}

	@Test
	void theSchoolRefusesAnOpenApplicationWithAReasonOnce() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа отказов");
		Desk other = newSchool(region, "Школа без прав");
		String application = apply(desk.admin(), guardian(desk));

		Response blank = api().post("/api/identity/applications/" + application + "/refusal", desk.admin(), Map.of("reason", " "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("errors").toString()).contains("reason");
		Response stranger = api().post("/api/identity/applications/" + application + "/refusal", other.admin(),
				Map.of("reason", "Чужое"));
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(stranger.json().get("detail").asString()).isEqualTo("Заявление не найдено.");

		Response refused = api().post("/api/identity/applications/" + application + "/refusal", desk.admin(),
				Map.of("reason", "Заявитель не является законным представителем"));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
		assertThat(refused.json().get("status").asString()).isEqualTo("refused");
		assertThat(refused.json().get("refusalReason").asString()).isEqualTo("Заявитель не является законным представителем");
		assertThat(refused.json().get("decidedAt").isMissingNode()).isFalse();

		Response again = api().post("/api/identity/applications/" + application + "/refusal", desk.admin(), Map.of("reason", "Ещё раз"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(api().get("/api/identity/applications/" + application, desk.admin()).json().get("refusalReason").asString())
			.isEqualTo("Заявитель не является законным представителем");
	}

	@Test
	void aPortalAppliesWithClientCredentialsAndSeesOnlyItsOwnApplications() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа портала");
		String portal = portalToken();
		Response filed = api().post("/api/identity/applications", portal, Map.of("personId", guardian(desk)));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String mine = filed.json().get("id").asString();
		assertThat(filed.json().get("channel").asString()).isEqualTo("portal");
		String deskOnes = apply(desk.admin(), guardian(desk));

		assertThat(api().get("/api/identity/applications/" + mine, portal).status()).isEqualTo(200);
		assertThat(api().get("/api/identity/applications/" + deskOnes, portal).status()).isEqualTo(404);
		// the school sees and decides on what the portal filed; the portal does not decide
		assertThat(api().get("/api/identity/applications/" + mine, desk.admin()).json().get("channel").asString()).isEqualTo("portal");
		Response decides = api().post("/api/identity/applications/" + mine + "/refusal", portal, Map.of("reason", "Портал"));
		assertThat(decides.status()).isEqualTo(403);
		assertThat(decides.json().get("detail").asString()).contains("выполняет школа");
		assertThat(api().post("/api/identity/applications", portal, Map.of("personId", java.util.UUID.randomUUID())).status())
			.isEqualTo(404);
	}

	@Test
	void applicationsOfStrangersStaffDuplicatesAndAccountHoldersAreRefusedWithoutWriting() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа проверок");
		Desk other = newSchool(region, "Соседняя школа");
		String guardian = guardian(desk);

		Response stranger = api().post("/api/identity/applications", other.admin(), Map.of("personId", guardian));
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(stranger.json().get("detail").asString()).isEqualTo("Человек не найден.");
		Response notDesk = api().post("/api/identity/applications", guardianToken(), Map.of("personId", guardian));
		assertThat(notDesk.status()).isEqualTo(403);
		Response staff = api().post("/api/identity/applications", desk.admin(), Map.of("personId", desk.adminId()));
		assertThat(staff.status()).isEqualTo(422);
		assertThat(staff.json().get("detail").asString()).contains("только родители");
		Response noPerson = api().post("/api/identity/applications", desk.admin(), Map.of());
		assertThat(noPerson.status()).isEqualTo(400);
		assertThat(noPerson.json().get("errors").toString()).contains("personId");
		Response notJson = api().post("/api/identity/applications", desk.admin(), "{\"personId\": 12");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.isProblem()).isTrue();

		apply(desk.admin(), guardian);
		Response duplicate = api().post("/api/identity/applications", desk.admin(), Map.of("personId", guardian));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("detail").asString()).contains("нерассмотренное заявление");
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/applications", desk.admin()).json()).hasSize(1);

		String student = student(desk, LocalDate.parse("2012-03-01"));
		assertThat(api().post("/api/identity/persons/" + student + "/account", desk.admin(),
				Map.of("username", unique("pupil"), "password", "Pupil-pass-1")).status()).isEqualTo(201);
		Response holder = api().post("/api/identity/applications", desk.admin(), Map.of("personId", student));
		assertThat(holder.status()).isEqualTo(409);
		assertThat(holder.json().get("detail").asString()).contains("уже выдана");
	}

	String apply(String token, String personId) {
		return created(api().post("/api/identity/applications", token, Map.of("personId", personId)));
	}

	JsonNode report(String token, String query) {
		Response response = api().get("/api/identity/applications/overdue" + query, token);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	static String guardianToken() {
		String username = unique("someone");
		RealServers.keycloak().createUser(username, "Someone-pass-1", List.of("guardian"), java.util.UUID.randomUUID().toString(), List.of());
		return login(username, "Someone-pass-1");
	}
}
