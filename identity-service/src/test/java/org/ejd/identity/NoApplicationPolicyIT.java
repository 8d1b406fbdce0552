package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ejd.identity.applications.AccessWithoutApplication;
import org.ejd.identity.applications.DeadlineReminders;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Seed 003 («предоставление письменного документа… не требуется»): under the school's no-application policy identity
 * opens the application itself for every registered guardian and student without an account, once, on the school's
 * today, with the same deadline, reminders and letters as one filed at the desk.
 */
class NoApplicationPolicyIT extends IdentityIT {

	@Autowired
	AccessWithoutApplication policy;

	@Autowired
	DeadlineReminders reminders;

	@Test
	void everyRegisteredGuardianAndStudentIsOwedAccessOnceWithTheSameDeadlineAndLetter() {
		Desk desk = newSchool(regionOperatorToken(), "Школа без заявлений");
		String student = student(desk, LocalDate.parse("2015-09-01"));
		String guardian = guardian(desk);
		represent(desk, guardian, student);
		String nobodysGuardian = guardian(desk); // represents no student: nobody to see in the diary
		String withAccount = student(desk, LocalDate.parse("2013-02-02"));
		issueAccount(desk, withAccount, "Student-pass-12");
		CLOCK.setTo("2026-11-20T07:00:00Z"); // Friday, 10:00 in Murmansk

		Response set = api().send("PUT", "/api/identity/schools/" + desk.schoolId() + "/access-policy", desk.admin(),
				Map.of("withoutApplication", true), Map.of());
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json().get("version").asLong()).isEqualTo(1);
		policy.openOwed();

		List<JsonNode> open = open(desk);
		assertThat(open).extracting(a -> a.get("applicant").get("personId").asString()).containsExactlyInAnyOrder(student, guardian);
		assertThat(open).allSatisfy(a -> {
			assertThat(a.get("registeredOn").asString()).isEqualTo("2026-11-20");
			assertThat(a.get("deadline").asString()).as("five working days, as at the desk").isEqualTo("2026-11-27");
			assertThat(a.get("channel").asString()).isEqualTo("desk");
		});
		JsonNode received = event("identity.applications.v1", "identity.application.received", guardian);
		assertThat(received.get("data").get("withoutApplication").asBoolean()).isTrue();
		assertThat(received.get("data").get("deadline").asString()).isEqualTo("2026-11-27");

		policy.openOwed();
		policy.openOwed();
		assertThat(open(desk)).as("opened once").hasSize(2);
		assertThat(identityDb.sql("select count(*) from access_application where person_id in (?, ?)")
			.params(java.util.UUID.fromString(nobodysGuardian), java.util.UUID.fromString(withAccount)).query(Integer.class).single())
			.isZero();

		// the same letter as for a written application; an answered one is not reopened
		String application = open.stream().filter(a -> a.get("applicant").get("personId").asString().equals(guardian)).findFirst().orElseThrow()
			.get("id").asString();
		assertThat(pdfText(pdf(desk.admin(), "/api/identity/applications/" + application + "/codes").body()))
			.contains("Персональный код доступа к электронному дневнику", "Кому: Иванова Мария Сергеевна");
		policy.openOwed();
		assertThat(open(desk)).extracting(a -> a.get("applicant").get("personId").asString()).containsExactly(student);

		// and the same warning the working day before the deadline
		CLOCK.setTo("2026-11-26T07:00:00Z");
		reminders.remind();
		JsonNode soon = event("identity.applications.v1", "identity.application.overdue-soon", student);
		assertThat(soon.get("data").get("deadline").asString()).isEqualTo("2026-11-27");

		// a student registered later is owed one on the school's day of the next round
		CLOCK.setTo("2026-11-30T07:00:00Z");
		String later = student(desk, LocalDate.parse("2016-01-10"));
		policy.openOwed();
		assertThat(open(desk)).filteredOn(a -> a.get("applicant").get("personId").asString().equals(later))
			.singleElement().satisfies(a -> assertThat(a.get("registeredOn").asString()).isEqualTo("2026-11-30"));
	}

	@Test
	void everyoneReadsThatNoApplicationIsNeededAndOnlyTheSchoolsManagersSetIt() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа политик");
		Desk other = newSchool(region, "Школа соседей");
		String path = "/api/identity/schools/" + desk.schoolId() + "/access-policy";
		String student = student(desk, LocalDate.parse("2014-04-04"));

		policy.openOwed();
		assertThat(open(desk)).as("the default: a written application is needed").isEmpty();
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/access-info", null).json().get("steps").get(0).asString())
			.startsWith("Подайте заявление");

		Response foreign = api().send("PUT", path, other.admin(), Map.of("withoutApplication", true), Map.of());
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.isProblem()).isTrue();
		Response bad = api().send("PUT", path, desk.admin(), Map.of(), Map.of());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.isProblem()).isTrue();
		assertThat(api().get(path, desk.admin()).json().get("withoutApplication").asBoolean()).isFalse();
		policy.openOwed();
		assertThat(open(desk)).isEmpty();

		assertThat(api().send("PUT", path, region, Map.of("withoutApplication", true), Map.of()).status()).isEqualTo(200);
		JsonNode info = api().get("/api/identity/schools/" + desk.schoolId() + "/access-info", null).json();
		assertThat(info.get("withoutApplication").asBoolean()).isTrue();
		assertThat(info.get("steps").get(0).asString()).startsWith("Заявление подавать не нужно");
		policy.openOwed();
		assertThat(open(desk)).extracting(a -> a.get("applicant").get("personId").asString()).containsExactly(student);
	}

	/** The school's applications not answered yet (open or overdue). */
	private List<JsonNode> open(Desk desk) {
		Response list = api().get("/api/identity/schools/" + desk.schoolId() + "/applications", desk.admin());
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		List<JsonNode> unanswered = new ArrayList<>();
		list.json().forEach(a -> {
			if (List.of("open", "overdue").contains(a.get("status").asString())) {
				unanswered.add(a);
			}
		});
		return unanswered;
	}
}
