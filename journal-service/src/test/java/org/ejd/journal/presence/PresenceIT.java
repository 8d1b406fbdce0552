package org.ejd.journal.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.KeycloakServer;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** D14: a school's access-control system posts its students' entries and exits; lesson attendance is not touched. */
class PresenceIT extends JournalIT {

	/** The school the realm's ejd-access-control client is bound to (its token's school_ids). */
	static final UUID SCHOOL = KeycloakServer.ACCESS_CONTROL_SCHOOL;

	private final EventContracts contracts = new EventContracts();

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTurnstilePostsABatchOnceAndTheJournalTellsTheDiaryOfEachPassOnce() {
		UUID student = studentOf(SCHOOL);
		String device = RealServers.keycloak().accessControlToken();
		Instant morning = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		String entryId = "turnstile-2:" + UUID.randomUUID();
		String exitId = "turnstile-2:" + UUID.randomUUID();
		Map<String, Object> batch = Map.of("passes", List.of(pass(entryId, student, "entry", morning, "Главный вход"),
				pass(exitId, student, "exit", morning.plus(90, ChronoUnit.MINUTES), null)));

		Response first = Eventually.until(() -> api().post(passes(SCHOOL), device, batch), r -> r.status() != 400 || !r
			.toString().contains("studentId"), Duration.ofSeconds(30));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().get("recorded").asInt()).isEqualTo(2);
		assertThat(first.json().get("repeated").asInt()).isZero();

		JsonNode entry = event(student, "\"entry\"");
		assertThat(entry.get("data").get("passedAt").asString()).isEqualTo(morning.toString());
		assertThat(entry.get("data").get("point").asString()).isEqualTo("Главный вход");
		assertThat(entry.get("data").get("device").asString()).isEqualTo("ejd-access-control");
		assertThat(entry.get("data").get("day").asString()).isNotBlank();
		assertThat(event(student, "\"exit\"").get("data").has("point")).as("absent when the system does not say").isFalse();

		Response again = api().post(passes(SCHOOL), device, batch);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("recorded").asInt()).as("a batch sent again after a lost answer").isZero();
		assertThat(again.json().get("repeated").asInt()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from school_pass where student_id = ?").param(student).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(EventProbe.readAll("journal.presence.v1", Duration.ofSeconds(3)).stream()
			.filter(r -> r.key().equals(student.toString()))).as("each pass published once").hasSize(2);

		Map<String, Object> third = Map.of("passes", List.of(pass("turnstile-2:" + UUID.randomUUID(), student, "entry",
				morning.plus(1, ChronoUnit.HOURS), null)));
		Response keyed = api().send("POST", passes(SCHOOL), device, third, Map.of("Idempotency-Key", "batch-" + UUID.randomUUID()));
		assertThat(keyed.json().get("recorded").asInt()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from attendance where student_id = ?").param(student).query(Integer.class).single())
			.as("lesson attendance stays the teacher's").isZero();
	}

	@Test
	void aBatchWithABadPassIsRefusedWholeWithEachBadPassNamedInRussian() {
		UUID student = studentOf(SCHOOL);
		UUID foreign = studentOf(UUID.randomUUID());
		String device = RealServers.keycloak().accessControlToken();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String goodId = "guard-tablet:" + UUID.randomUUID();
		Eventually.until(() -> api().post(passes(SCHOOL), device, Map.of("passes", List.of(pass("warm-" + UUID.randomUUID(), student,
				"entry", now.minus(3, ChronoUnit.HOURS), null)))), r -> r.status() == 200, Duration.ofSeconds(30));

		Response refused = api().post(passes(SCHOOL), device, Map.of("passes", List.of(pass(goodId, student, "entry", now, null),
				pass("guard-tablet:x1", foreign, "entry", now, null), pass("guard-tablet:x2", student, "inside", now, null),
				pass("guard-tablet:x3", student, "exit", now.plus(1, ChronoUnit.HOURS), null),
				pass(goodId, student, "exit", now.minus(40, ChronoUnit.DAYS), null))));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).contains("Проходы не сохранены");
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("passes[1].studentId",
				"passes[2].direction", "passes[3].at", "passes[4].passId", "passes[4].at");
		assertThat(refused.toString()).contains("Обучающийся не найден в этой школе");

		Response good = api().post(passes(SCHOOL), device, Map.of("passes", List.of(pass(goodId, student, "entry", now, null))));
		assertThat(good.json().get("recorded").asInt()).as("nothing of the refused batch was kept").isEqualTo(1);

		assertThat(api().post(passes(SCHOOL), device, Map.of("passes", List.of())).status()).isEqualTo(400);
	}

	@Test
	void onlyTheSchoolsOwnAccessControlSystemPostsPasses() {
		UUID student = studentOf(SCHOOL);
		Map<String, Object> batch = Map.of("passes", List.of(pass("p-" + UUID.randomUUID(), student, "entry", Instant.now(), null)));
		Response otherSchool = api().post(passes(UUID.randomUUID()), RealServers.keycloak().accessControlToken(), batch);
		assertThat(otherSchool.status()).as("the device of one school does not learn of another").isEqualTo(404);
		String admin = user(List.of("school-admin"), UUID.randomUUID(), SCHOOL);
		Response staff = api().post(passes(SCHOOL), admin, batch);
		assertThat(staff.status()).isEqualTo(403);
		assertThat(staff.json().get("detail").asString()).contains("система контроля доступа");
		assertThat(api().post(passes(SCHOOL), RealServers.keycloak().portalToken(), batch).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from school_pass where student_id = ?").param(student).query(Integer.class).single())
			.isZero();
	}

	/** A student identity announces at this school (the school too, once: a repeat changes nothing). */
	private static UUID studentOf(UUID school) {
		UUID student = UUID.randomUUID();
		publish("identity.schools.v1", "identity.school.registered", school, school,
				Map.of("schoolId", school, "name", "Школа " + school, "regionCode", "51", "municipality", "Североморск"));
		publish("identity.persons.v1", "identity.student.registered", student, school, Map.of("personId", student, "schoolId", school,
				"lastName", "Иванов", "firstName", "Пётр", "birthDate", "2014-03-01"));
		return student;
	}

	private static Map<String, Object> pass(String id, UUID student, String direction, Instant at, String point) {
		Map<String, Object> pass = new HashMap<>(Map.of("passId", id, "studentId", student, "direction", direction, "at", at.toString()));
		if (point != null) {
			pass.put("point", point);
		}
		return pass;
	}

	private static String passes(UUID school) {
		return "/api/journal/schools/" + school + "/passes";
	}

	private JsonNode event(UUID student, String direction) {
		var record = EventProbe.await("journal.presence.v1",
				r -> r.key().equals(student.toString()) && r.value().contains(direction), Duration.ofSeconds(30));
		JsonNode envelope = json.readTree(record.value());
		contracts.validate("journal.presence.v1", envelope);
		assertThat(envelope.get("type").asString()).isEqualTo("journal.school-pass.recorded");
		return envelope;
	}
}
