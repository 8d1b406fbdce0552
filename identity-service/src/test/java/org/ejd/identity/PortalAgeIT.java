package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

/** A6: students under 14 use only school-issued credentials; a portal never applies for them. */
class PortalAgeIT extends IdentityIT {

	@Test
	void thePortalIsRefusedTheDayBeforeTheFourteenthBirthdayAndAcceptedOnIt() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа портала и возраста");
		String turnsFourteenTomorrow = student(desk, LocalDate.parse("2012-11-21"));
		String turnsFourteenToday = student(desk, LocalDate.parse("2012-11-20"));
		CLOCK.setTo("2026-11-20T07:00:00Z");

		Response tooYoung = portalApplies(turnsFourteenTomorrow);
		assertThat(tooYoung.status()).isEqualTo(422);
		assertThat(tooYoung.isProblem()).isTrue();
		assertThat(tooYoung.json().get("detail").asString())
			.isEqualTo("Обучающиеся младше 14 лет получают доступ только через школу, а не через портал.");
		assertThat(portalApplies(turnsFourteenToday).status()).isEqualTo(201);

		// the school still serves the younger one with school-issued credentials
		Response atTheDesk = api().post("/api/identity/applications", desk.admin(), Map.of("personId", turnsFourteenTomorrow));
		assertThat(atTheDesk.status()).as(atTheDesk.toString()).isEqualTo(201);
		assertThat(atTheDesk.json().get("channel").asString()).isEqualTo("desk");
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/applications", desk.admin()).json()).hasSize(2);

		// a day later the portal may apply for them too (the desk's application is still open: 409, not 422)
		CLOCK.setTo("2026-11-21T07:00:00Z");
		assertThat(portalApplies(turnsFourteenTomorrow).status()).isEqualTo(409);
	}

	@Test
	void theBirthdayIsTheSchoolsDateNotUtcs() {
		String region = regionOperatorToken();
		Desk moscow = newSchool(region, "Школа в Москве");
		// the school takes its region's time zone, Europe/Kaliningrad
		Desk kaliningrad = newSchool(regionOperatorToken("39"), Map.of("name", "Школа в Калининграде",
				"municipalityId", municipality("39", "городской округ «Город Калининград»")));
		String inMoscow = student(moscow, LocalDate.parse("2012-11-20"));
		String inKaliningrad = student(kaliningrad, LocalDate.parse("2012-11-20"));

		CLOCK.setTo("2026-11-19T21:30:00Z"); // 00:30 on the 20th in Moscow, 23:30 on the 19th in Kaliningrad
		assertThat(portalApplies(inMoscow).status()).isEqualTo(201);
		assertThat(portalApplies(inKaliningrad).status()).isEqualTo(422);
	}

	@Test
	void aLeapDayChildMayUseThePortalFromTheTwentyEighthOfFebruary() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа високосных");
		String leapDay = student(desk, LocalDate.parse("2012-02-29"));
		CLOCK.setTo("2026-02-27T09:00:00Z");
		assertThat(portalApplies(leapDay).status()).isEqualTo(422);
		CLOCK.setTo("2026-02-28T09:00:00Z");
		assertThat(portalApplies(leapDay).status()).isEqualTo(201);
	}

	@Test
	void guardiansApplyThroughThePortalWhateverTheirChildsAge() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа родителей портала");
		String child = student(desk, LocalDate.parse("2019-09-01"));
		String mother = guardian(desk);
		represent(desk, mother, child);
		assertThat(portalApplies(mother).status()).isEqualTo(201);
	}

	private Response portalApplies(String personId) {
		return api().post("/api/identity/applications", portalToken(), Map.of("personId", personId));
	}

	private Desk newSchool(String region, Map<String, Object> school) {
		Map<String, Object> body = new HashMap<>(school);
		String schoolId = created(api().post("/api/identity/schools", region, body));
		String adminId = created(api().post("/api/identity/schools/" + schoolId + "/staff", region,
				Map.of("lastName", "Калинина", "firstName", "Ольга", "roles", List.of("school-admin"))));
		String adminLogin = unique("admin");
		assertThat(api().post("/api/identity/persons/" + adminId + "/account", region,
				Map.of("username", adminLogin, "password", "Admin-pass-1")).status()).isEqualTo(201);
		return new Desk(schoolId, adminId, login(adminLogin, "Admin-pass-1"));
	}
}
