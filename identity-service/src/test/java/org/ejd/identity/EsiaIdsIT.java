package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * ADR 0021, issue 15: the school records the ESIA account id of a pupil under 14 (no portal account of their own) or of
 * a teacher (who links none), and it reaches the diary as identity.person.esia-id-recorded for FGIS /Schedule.
 */
class EsiaIdsIT extends IdentityIT {

	@Test
	void theSchoolRecordsAYoungPupilsAndATeachersEsiaIdAndTheDiaryIsTold() {
		Desk desk = newSchool(regionOperatorToken(), "Школа ЕСИА");
		String pupil = student(desk, LocalDate.parse("2017-04-12"));
		String teacher = created(api().post("/api/identity/schools/" + desk.schoolId() + "/staff", desk.admin(),
				Map.of("lastName", "Орлова", "firstName", "Вера", "roles", List.of("teacher"))));
		String pupilEsia = esia();
		String teacherEsia = esia();

		Response recorded = api().send("PUT", "/api/identity/persons/" + pupil + "/esia-id", desk.admin(),
				Map.of("esiaId", pupilEsia), Map.of());
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
		assertThat(recorded.json().get("kind").asString()).isEqualTo("student");
		assertThat(recorded.json().get("esiaId").asString()).isEqualTo(pupilEsia);
		JsonNode pupilEvent = event("identity.persons.v1", "identity.person.esia-id-recorded", pupil);
		assertThat(pupilEvent.get("data").get("esiaId").asString()).isEqualTo(pupilEsia);
		assertThat(pupilEvent.get("data").get("kind").asString()).isEqualTo("student");
		assertThat(pupilEvent.get("schoolid").asString()).isEqualTo(desk.schoolId());

		assertThat(api().send("PUT", "/api/identity/persons/" + teacher + "/esia-id", desk.admin(), Map.of("esiaId", teacherEsia),
				Map.of()).status()).isEqualTo(200);
		JsonNode teacherEvent = event("identity.persons.v1", "identity.person.esia-id-recorded", teacher);
		assertThat(teacherEvent.get("data").get("kind").asString()).isEqualTo("staff");
		long recordedVersion = teacherEvent.get("version").asLong();

		// cleared: the next version carries no id
		assertThat(api().send("DELETE", "/api/identity/persons/" + teacher + "/esia-id", desk.admin(), null, Map.of()).status())
			.isEqualTo(204);
		JsonNode cleared = org.ejd.testkit.EventProbe.awaitAll("identity.persons.v1",
				r -> r.key().equals(teacher) && r.value().contains("esia-id-recorded"), 2, java.time.Duration.ofSeconds(30))
			.stream().map(r -> tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.value()))
			.filter(e -> e.get("version").asLong() > recordedVersion).findFirst().orElseThrow();
		assertThat(cleared.get("data").has("esiaId")).isFalse();
	}

	@Test
	void refusedForAnotherSchoolAGuardianABadIdAndAnIdAnotherPersonHolds() {
		Desk desk = newSchool(regionOperatorToken(), "Школа отказов ЕСИА");
		Desk other = newSchool(regionOperatorToken(), "Другая школа ЕСИА");
		String pupil = student(desk, LocalDate.parse("2016-02-01"));
		String classmate = student(desk, LocalDate.parse("2016-03-01"));
		String mother = guardian(desk);
		String esia = esia();

		Response foreign = api().send("PUT", "/api/identity/persons/" + pupil + "/esia-id", other.admin(), Map.of("esiaId", esia),
				Map.of());
		assertThat(foreign.status()).isEqualTo(404);
		assertThat(foreign.isProblem()).isTrue();
		Response guardian = api().send("PUT", "/api/identity/persons/" + mother + "/esia-id", desk.admin(), Map.of("esiaId", esia),
				Map.of());
		assertThat(guardian.status()).isEqualTo(422);
		assertThat(guardian.json().get("detail").asString()).startsWith("Идентификатор ЕСИА родителя");
		Response bad = api().send("PUT", "/api/identity/persons/" + pupil + "/esia-id", desk.admin(), Map.of("esiaId", "12ab"),
				Map.of());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.isProblem()).isTrue();

		assertThat(api().send("PUT", "/api/identity/persons/" + pupil + "/esia-id", desk.admin(), Map.of("esiaId", esia), Map.of())
			.status()).isEqualTo(200);
		Response taken = api().send("PUT", "/api/identity/persons/" + classmate + "/esia-id", desk.admin(), Map.of("esiaId", esia),
				Map.of());
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.json().get("detail").asString()).isEqualTo("Этот идентификатор ЕСИА уже записан за другим человеком.");
	}

	private static String esia() {
		return Long.toString(3_000_000_000L + (long) (Math.random() * 1_000_000_000L));
	}
}
