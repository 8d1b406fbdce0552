package org.ejd.diary;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.springframework.context.annotation.Import;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.RealServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of diary-service's tests against real PostgreSQL, Kafka and Keycloak. */
@SpringBootTest(classes = DiaryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "ejd.secrets.expiry.test-signing-key=2099-12-31")
@Import({ MovableBusinessClock.class, RecordedSpans.class, RoundTrips.class })
public abstract class DiaryIT {

	/** diary's business clock: real time unless a test moves it (a school's midnight); back to real time after each test. */
	static final MovableClock CLOCK = new MovableClock();

	@AfterEach
	void realTimeAgain() {
		CLOCK.reset();
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register(registry, "diary");
		// the tests' portal serves the region of WeekScenario's school; "52" stays foreign to it
		registry.add("ejd.diary.portal.regions.ejd-portal[0]", () -> "41");
		// webhooks: quick rounds and retries, the test receivers listen on http://127.0.0.1
		registry.add("ejd.diary.webhooks.check-every", () -> "PT0.3S");
		registry.add("ejd.diary.webhooks.first-retry-after", () -> "PT0.5S");
		registry.add("ejd.diary.webhooks.disable-after-failures", () -> "3");
		registry.add("ejd.diary.webhooks.allow-loopback-http", () -> "true");
		// the change log's pruning job runs every second: a test moves the business clock past the retention
		registry.add("ejd.diary.changes.prune-every", () -> "PT1S");
		// the public status (ADR 0038): quick checks; journal, identity and consent as their readiness probes on loopback
		registry.add("ejd.diary.status.check-every", () -> "PT0.5S");
		registry.add("ejd.diary.status.stale-after", () -> "PT2S");
		for (String service : ReadinessProbes.SERVICES) {
			registry.add("ejd.diary.status.services." + service, () -> ReadinessProbes.url(service));
		}
	}

	@LocalServerPort
	int port;

	ApiClient api() {
		return ApiClient.local(port);
	}

	static String send(String topic, String key, String envelope) {
		EventProbe.send(topic, key, envelope);
		return envelope;
	}

	static String studentRegistered(UUID studentId, UUID schoolId) {
		return Envelopes.envelope("/ejd/identity-service", "identity.student.registered", studentId.toString(), schoolId, 1,
				Map.of("personId", studentId, "schoolId", schoolId, "lastName", "Иванов", "firstName", "Пётр", "birthDate", "2014-03-01"));
	}

	static String representation(UUID guardianId, UUID studentId, UUID schoolId) {
		UUID id = UUID.randomUUID();
		return Envelopes.envelope("/ejd/identity-service", "identity.representation.established", id.toString(), schoolId, 1,
				Map.of("representationId", id, "guardianId", guardianId, "studentId", studentId, "basis", "parent",
						"validFrom", "2020-09-01"));
	}

	protected static Map<String, Object> markData(UUID markId, UUID studentId, UUID schoolId, String value) {
		Map<String, Object> data = new java.util.HashMap<>();
		data.put("markId", markId);
		data.put("studentId", studentId);
		data.put("schoolId", schoolId);
		data.put("classGroupId", UUID.randomUUID());
		data.put("subjectId", UUID.randomUUID());
		data.put("subjectName", "Математика");
		data.put("teacherId", UUID.randomUUID());
		data.put("value", value);
		data.put("numericValue", Integer.parseInt(value));
		data.put("scale", "five-point");
		data.put("workType", "written");
		data.put("weight", 1);
		data.put("workDate", java.time.LocalDate.now().toString());
		data.put("enteredAt", java.time.Instant.now().toString());
		data.put("onTime", true);
		return data;
	}

	static String token(String role, UUID personId, UUID schoolId) {
		return org.ejd.testkit.AuthorizationMatrix.caller(role, personId, schoolId);
	}
}
