package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FGIS «Моя школа» pulls a pupil's or a teacher's Schedule by ESIA id from the diary's read model (issue 15, ADR 0021):
 * the answer validates against the Schedule schema in the test resources; every refusal is a FHIR OperationOutcome.
 */
class FgisScheduleIT extends DiaryIT {

	private static final String WEEK = "?start=2026-12-07&end=2026-12-13";

	private static final Schema SCHEDULE = schema();

	@Test
	void aPupilsScheduleHasSchoolClassLessonsWithBellsOffsetSubstitutionAttendanceAndScores() {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String esia = esiaId();
		s.portalLinked(s.student, "ejd-portal", "pu-" + esia, esia, 2);
		Response answer = Eventually.until(() -> api().get("/Schedule/" + esia + WEEK, fgis()),
				r -> r.status() == 200 && r.body().contains("Сложение дробей") && r.body().contains("\"5\""), Duration.ofSeconds(30));

		assertThat(answer.contentType()).startsWith("application/fhir+json");
		assertThat(answer.body()).as("Cyrillic as it is, not escaped").contains("Математика", "Школа № 1", "5А");
		assertValid(answer.json());
		JsonNode schedule = answer.json();
		assertThat(schedule.get("resourceType").asString()).isEqualTo("Schedule");
		assertThat(schedule.get("role").asString()).isEqualTo("pupil");
		assertThat(schedule.get("start").asString()).isEqualTo("2026-12-07");
		JsonNode school = schedule.get("schools").get(0);
		assertThat(school.get("name").asString()).isEqualTo("Школа № 1");
		assertThat(school.get("utcOffset").asString()).isEqualTo("+03:00");
		JsonNode group = school.get("classes").get(0);
		assertThat(group.get("name").asString()).isEqualTo("5А");
		JsonNode lessons = group.get("lessons");
		JsonNode maths = lessons.get(0);
		assertThat(maths.get("date").asString()).isEqualTo("2026-12-07");
		assertThat(maths.get("period").asInt()).isEqualTo(1);
		assertThat(maths.get("start").asString()).isEqualTo("2026-12-07T08:30:00+03:00");
		assertThat(maths.get("end").asString()).isEqualTo("2026-12-07T09:15:00+03:00");
		assertThat(maths.get("subject").asString()).isEqualTo("Математика");
		assertThat(maths.get("teacher").asString()).isEqualTo("Сидорова Ольга");
		assertThat(maths.get("insteadOf").isNull()).isTrue();
		assertThat(maths.get("topic").asString()).isEqualTo("Сложение дробей");
		assertThat(maths.get("homework").asString()).isEqualTo("№ 245");
		assertThat(maths.get("classroom").asString()).isEqualTo("214");
		assertThat(maths.get("attendance").isNull()).isTrue();
		JsonNode score = maths.get("scores").get(0);
		assertThat(score.get("value").asString()).isEqualTo("5");
		assertThat(score.get("weight").asInt()).isEqualTo(1);
		assertThat(score.get("scoreSystem").asString()).isEqualTo("5-балльная");
		JsonNode russian = lessons.get(1);
		assertThat(russian.get("teacher").asString()).isEqualTo("Кузнецов Андрей");
		assertThat(russian.get("insteadOf").asString()).isEqualTo("Орлова Вера");
		assertThat(russian.get("attendance").asString()).as("late").isEqualTo("ОП");
		assertThat(russian.get("scores").size()).isZero();
		assertThat(lessons.get(2).get("cancelled").asBoolean()).as("Tuesday's maths, cancelled").isTrue();
		for (JsonNode lesson : lessons) {
			assertThat(lesson.get("date").asString()).as("within the span asked for").isBetween("2026-12-07", "2026-12-13");
		}
	}

	@Test
	void aTeachersScheduleHasTheLessonsTheyTeachAndTheOnesTheySubstituteIn() {
		WeekScenario s = new WeekScenario().family("Asia/Yekaterinburg").week();
		String teacherEsia = esiaId();
		String substituteEsia = esiaId();
		s.portalLinked(s.mathsTeacher, "ejd-portal", "pu-" + teacherEsia, teacherEsia, 2);
		s.portalLinked(s.substitute, "ejd-portal", "pu-" + substituteEsia, substituteEsia, 2);

		Response teacher = Eventually.until(() -> api().get("/Schedule/" + teacherEsia + WEEK, fgis()),
				r -> r.status() == 200, Duration.ofSeconds(30));
		assertValid(teacher.json());
		assertThat(teacher.json().get("role").asString()).isEqualTo("teacher");
		JsonNode taught = teacher.json().get("schools").get(0).get("classes").get(0).get("lessons");
		assertThat(taught.size()).isEqualTo(1);
		assertThat(taught.get(0).get("subject").asString()).isEqualTo("Математика");
		assertThat(taught.get(0).get("start").asString()).as("the school's own offset").isEqualTo("2026-12-07T08:30:00+05:00");
		assertThat(teacher.json().get("schools").get(0).get("classes").get(0).get("name").asString()).isEqualTo("5А");

		Response substitute = Eventually.until(() -> api().get("/Schedule/" + substituteEsia + WEEK, fgis()),
				r -> r.status() == 200, Duration.ofSeconds(30));
		assertValid(substitute.json());
		JsonNode covered = substitute.json().get("schools").get(0).get("classes").get(0).get("lessons").get(0);
		assertThat(covered.get("subject").asString()).isEqualTo("Русский язык");
		assertThat(covered.get("teacher").asString()).isEqualTo("Кузнецов Андрей");
		assertThat(covered.get("insteadOf").asString()).isEqualTo("Орлова Вера");
	}

	@Test
	void withoutDatesThePreviousCurrentAndNextWeekInTheSchoolsZone() {
		WeekScenario s = new WeekScenario().family("Asia/Vladivostok").week();
		String esia = esiaId();
		s.portalLinked(s.student, "ejd-portal", "pu-" + esia, esia, 2);
		// Sunday 6 December, 15:00 UTC: already Monday 7 December in Vladivostok
		CLOCK.setTo("2026-12-06T15:00:00Z");
		Response answer = Eventually.until(() -> api().get("/Schedule/" + esia, fgis()), r -> r.status() == 200,
				Duration.ofSeconds(30));
		assertThat(answer.json().get("start").asString()).isEqualTo("2026-11-30");
		assertThat(answer.json().get("end").asString()).isEqualTo("2026-12-20");
		assertThat(answer.json().get("schools").get(0).get("utcOffset").asString()).isEqualTo("+10:00");
	}

	@Test
	void refusalsAreOperationOutcomesUnknownIdBadDatesNoClientForeignClientNoScope() {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String esia = esiaId();
		s.portalLinked(s.student, "ejd-portal", "pu-" + esia, esia, 2);
		Eventually.until(() -> api().get("/Schedule/" + esia + WEEK, fgis()), r -> r.status() == 200, Duration.ofSeconds(30));

		outcome(api().get("/Schedule/" + esiaId() + WEEK, fgis()), 404, "not-found", "ЕСИА");
		outcome(api().get("/Schedule/ivanov" + WEEK, fgis()), 404, "not-found", "ЕСИА");
		outcome(api().get("/Schedule/" + "1".repeat(21) + WEEK, fgis()), 400, "invalid", "не длиннее 20 цифр");
		outcome(api().get("/Schedule/" + esia + "?start=2026-12-07", fgis()), 400, "invalid", "обе даты");
		outcome(api().get("/Schedule/" + esia + "?start=2026-12-07&end=07.12.2026", fgis()), 400, "invalid", "07.12.2026");
		outcome(api().get("/Schedule/" + esia + "?start=2026-12-13&end=2026-12-07", fgis()), 400, "invalid", "позже");
		outcome(api().get("/Schedule/" + esia + "?start=2026-12-01&end=2027-01-31", fgis()), 400, "invalid", "31");
		outcome(api().get("/Schedule/" + esia + WEEK, null), 401, "login", "токен");
		outcome(api().get("/Schedule/" + esia + WEEK, "not-a-token"), 401, "login", "токен");
		outcome(api().get("/Schedule/" + esia + WEEK, RealServers.keycloak().portalToken()), 403, "forbidden", "ФГИС");
		// the FGIS client with its role but without the client scope fgis.schedule
		outcome(api().get("/Schedule/" + esia + WEEK, RealServers.keycloak().clientToken("ejd-fgis",
				RealServers.keycloak().fgisSecret())), 403, "forbidden", "ФГИС");
		outcome(api().get("/Schedule/" + esia + WEEK, token("guardian", s.guardian, s.school)), 403, "forbidden", "ФГИС");
		Response english = api().send("GET", "/Schedule/" + esiaId() + WEEK, fgis(), null, Map.of("Accept-Language", "en"));
		assertThat(english.json().get("issue").get(0).get("diagnostics").asString()).contains("ESIA");
		assertThat(api().send("GET", "/Schedule/" + esia + WEEK, fgis(), null, Map.of("Accept", "application/json")).contentType())
			.startsWith("application/json");
	}

	@Test
	void aPupilUnderFourteenAndATeacherAreFoundByTheEsiaIdsTheSchoolRecordedAndNotOnceCleared() {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String pupilEsia = esiaId();
		String teacherEsia = esiaId();
		// the pupil was born in 2014: no portal account of their own, only the school's record
		s.send("identity.persons.v1", s.student, "/ejd/identity-service", "identity.person.esia-id-recorded", s.student, 3,
				Map.of("personId", s.student, "kind", "student", "esiaId", pupilEsia));
		s.send("identity.persons.v1", s.mathsTeacher, "/ejd/identity-service", "identity.person.esia-id-recorded", s.mathsTeacher,
				2, Map.of("personId", s.mathsTeacher, "kind", "staff", "esiaId", teacherEsia));

		Response pupil = Eventually.until(() -> api().get("/Schedule/" + pupilEsia + WEEK, fgis()), r -> r.status() == 200,
				Duration.ofSeconds(30));
		assertValid(pupil.json());
		assertThat(pupil.json().get("role").asString()).isEqualTo("pupil");
		assertThat(pupil.body()).contains("Математика", "5А");
		Response teacher = Eventually.until(() -> api().get("/Schedule/" + teacherEsia + WEEK, fgis()), r -> r.status() == 200,
				Duration.ofSeconds(30));
		assertValid(teacher.json());
		assertThat(teacher.json().get("role").asString()).isEqualTo("teacher");
		assertThat(teacher.json().get("schools").get(0).get("classes").get(0).get("lessons").get(0).get("subject").asString())
			.isEqualTo("Математика");

		// cleared by the school (a later version): not found any more
		s.send("identity.persons.v1", s.mathsTeacher, "/ejd/identity-service", "identity.person.esia-id-recorded", s.mathsTeacher,
				3, Map.of("personId", s.mathsTeacher, "kind", "staff"));
		Response gone = Eventually.until(() -> api().get("/Schedule/" + teacherEsia + WEEK, fgis()), r -> r.status() == 404,
				Duration.ofSeconds(30));
		outcome(gone, 404, "not-found", "ЕСИА");
	}

	@Test
	void anUnlinkedEsiaAccountIsNotFoundAnyMore() {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String esia = esiaId();
		s.portalLinked(s.student, "ejd-portal", "pu-" + esia, esia, 2);
		Eventually.until(() -> api().get("/Schedule/" + esia + WEEK, fgis()), r -> r.status() == 200, Duration.ofSeconds(30));
		s.portalUnlinked(s.student, "ejd-portal", "pu-" + esia, 3);
		Response gone = Eventually.until(() -> api().get("/Schedule/" + esia + WEEK, fgis()), r -> r.status() == 404,
				Duration.ofSeconds(30));
		outcome(gone, 404, "not-found", "ЕСИА");
	}

	private static void outcome(Response response, int status, String code, String diagnostics) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).as(response.toString()).startsWith("application/fhir+json");
		JsonNode outcome = response.json();
		assertThat(outcome.get("resourceType").asString()).isEqualTo("OperationOutcome");
		JsonNode issue = outcome.get("issue").get(0);
		assertThat(issue.get("severity").asString()).isEqualTo("error");
		assertThat(issue.get("code").asString()).isEqualTo(code);
		assertThat(issue.get("diagnostics").asString()).contains(diagnostics);
	}

	private static String fgis() {
		return RealServers.keycloak().fgisToken();
	}

	private static String esiaId() {
		return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
	}

	private static void assertValid(JsonNode schedule) {
		List<Error> errors = SCHEDULE.validate(schedule);
		assertThat(errors).as(schedule.toString()).isEmpty();
	}

	private static Schema schema() {
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		try (InputStream in = FgisScheduleIT.class.getResourceAsStream("/fgis/schedule.schema.json")) {
			return registry.getSchema(JsonMapper.builder().build().readTree(in));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
