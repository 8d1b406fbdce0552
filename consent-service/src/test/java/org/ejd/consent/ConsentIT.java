package org.ejd.consent;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.ejd.platform.events.EventContracts;
import org.ejd.platform.time.BusinessClock;
import org.ejd.testkit.ApiClient;
import org.ejd.testkit.MovableClock;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of consent-service's tests against real PostgreSQL, Kafka and Keycloak. Families are made
 * the way identity-service announces them (events on its topics), people log in through Keycloak.
 */
@SpringBootTest(classes = ConsentApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "ejd.consent.text-versions=2025-1,2026-1")
@Import(ConsentIT.Clocks.class)
abstract class ConsentIT {

	static final String PERSONS = "/api/consent/persons/";

	static final String CURRENT_TEXT = "2026-1";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final EventContracts CONTRACTS = new EventContracts(JSON);

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register(registry, "consent");
	}

	@LocalServerPort
	int port;

	/** Actuator (health, Prometheus) listens here, not on the API port. */
	@LocalManagementPort
	int managementPort;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	ApiClient api() {
		return ApiClient.local(port);
	}

	ApiClient management() {
		return ApiClient.local(managementPort);
	}

	/** A school with its responsible person (school admin). */
	/** A school of region 51, as identity announces it. */
	School school() {
		UUID id = UUID.randomUUID();
		UUID admin = UUID.randomUUID();
		publish("identity.schools.v1", id, id, "identity.school.registered", id, 1,
				Map.of("schoolId", id, "name", "Школа " + id, "regionCode", "51", "municipality", "Североморск"));
		awaitCount("select count(*) from known_school where id = ?", id);
		return new School(id, admin, token("school-admin", admin, id));
	}

	static LocalDate minor() {
		return LocalDate.now(ZoneId.of("Europe/Moscow")).minusYears(11);
	}

	static LocalDate adult() {
		return LocalDate.now(ZoneId.of("Europe/Moscow")).minusYears(18).minusDays(30);
	}

	/** A student as identity-service announces them, once consent-service knows them. */
	UUID student(School school, LocalDate birthDate) {
		UUID id = UUID.randomUUID();
		publish("identity.persons.v1", id, school.id(), "identity.student.registered", id, 1, Map.of("personId", id,
				"schoolId", school.id(), "lastName", "Иванов", "firstName", "Пётр", "birthDate", birthDate.toString()));
		awaitCount("select count(*) from person where id = ?", id);
		return id;
	}

	/** A guardian registered by the school and linked to the student. */
	UUID guardianOf(UUID student, School school) {
		UUID id = UUID.randomUUID();
		publish("identity.persons.v1", id, school.id(), "identity.guardian.registered", id, 1,
				Map.of("personId", id, "lastName", "Иванова", "firstName", "Мария"));
		represent(id, student, school);
		awaitCount("select count(*) from person where id = ?", id);
		return id;
	}

	UUID represent(UUID guardian, UUID student, School school) {
		UUID representation = UUID.randomUUID();
		publish("identity.representations.v1", student, school.id(), "identity.representation.established", representation, 1,
				Map.of("representationId", representation, "guardianId", guardian, "studentId", student, "basis", "parent",
						"validFrom", "2020-09-01"));
		awaitCount("select count(*) from representation where id = ?", representation);
		return representation;
	}

	static void publish(String topic, UUID key, UUID schoolId, String type, UUID subject, long version, Map<String, ?> data) {
		EventProbe.send(topic, key.toString(), Envelopes.envelope("/ejd/identity-service", type, subject.toString(), schoolId, version, data));
	}

	void awaitCount(String sql, UUID id) {
		Eventually.until(() -> jdbc.sql(sql).param(id).query(Integer.class).single(), n -> n == 1, Duration.ofSeconds(30));
	}

	static String token(String role, UUID personId, UUID... schools) {
		String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(username, "User-pass-12", List.of(role), personId.toString(),
				Arrays.stream(schools).map(UUID::toString).toList());
		return RealServers.keycloak().passwordToken(username, "User-pass-12");
	}

	/** An operator of region 51, where {@link #school()} puts every school. */
	static String regionToken() {
		return regionToken("51");
	}

	static String regionToken(String regionCode) {
		String username = "r-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(username, "User-pass-12", List.of("region-operator"), UUID.randomUUID().toString(),
				List.of(), List.of(regionCode));
		return RealServers.keycloak().passwordToken(username, "User-pass-12");
	}

	/** Events of one key on a topic, read from its beginning as a new consumer would, each checked against its schema. */
	static List<JsonNode> events(String topic, UUID key, Predicate<JsonNode> match, int count) {
		return EventProbe.awaitAll(topic, r -> key.toString().equals(r.key()) && match.test(JSON.readTree(r.value())), count,
				Duration.ofSeconds(30))
			.stream()
			.map(r -> {
				JsonNode envelope = JSON.readTree(r.value());
				CONTRACTS.validate(topic, envelope);
				return envelope;
			})
			.toList();
	}

	static Predicate<JsonNode> type(String type) {
		return envelope -> type.equals(envelope.get("type").asString());
	}

	static List<String> values(JsonNode array, String field) {
		List<String> values = new java.util.ArrayList<>();
		array.forEach(item -> values.add(item.get(field).asString()));
		return values;
	}

	static Map<String, Object> consent(String decision) {
		return Map.of("decision", decision, "textVersion", CURRENT_TEXT);
	}

	record School(UUID id, UUID adminId, String adminToken) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		@BusinessClock
		MovableClock testClock() {
			return new MovableClock();
		}
	}
}
