package org.ejd.journal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.springframework.context.annotation.Import;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of journal-service's tests against real PostgreSQL, Kafka and Keycloak. */
@SpringBootTest(classes = JournalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"ejd.journal.integration-clients.ejd-oneroster.regions=51",
		// a refused record is tried for 3 s, not production's 30, before its dead-letter topic; one property set for every
		// class, since a context of different properties would share the listeners' consumer groups with the cached ones
		"ejd.kafka.retry-max-elapsed=3s" })
@Import({ MovableBusinessClock.class, StatementLog.class })
public abstract class JournalIT {

	/** journal's business clock: real time unless a test moves it (a school's midnight); back to real time after each test. */
	protected static final MovableClock CLOCK = new MovableClock();

	@AfterEach
	void realTimeAgain() {
		CLOCK.reset();
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register(registry, "journal");
	}

	@LocalServerPort
	int port;

	/** The academic year (e.g. {@code 2026/2027}) a day belongs to: it turns on 1 August. */
	protected static String academicYearOf(LocalDate day) {
		int first = day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
		return first + "/" + (first + 1);
	}

	/** Today where the schools are: the journal judges dates and deadlines in the school's zone, not the machine's. */
	protected static LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
	}

	protected ApiClient api() {
		return ApiClient.local(port);
	}

	/** A school as identity would announce it, with an admin, a teacher teaching maths to 5А, and two pupils. */
	protected School school() {
		UUID schoolId = UUID.randomUUID();
		UUID teacherId = UUID.randomUUID();
		UUID studentId = UUID.randomUUID();
		UUID otherStudentId = UUID.randomUUID();
		publish("identity.schools.v1", "identity.school.registered", schoolId, schoolId,
				Map.of("schoolId", schoolId, "name", "Школа " + schoolId, "regionCode", "51", "municipality", "Североморск"));
		for (UUID student : List.of(studentId, otherStudentId)) {
			publish("identity.persons.v1", "identity.student.registered", student, schoolId, Map.of("personId", student,
					"schoolId", schoolId, "lastName", "Иванов", "firstName", "Пётр", "birthDate", "2014-03-01"));
		}
		publish("identity.staff.v1", "identity.staff.appointed", teacherId, schoolId, Map.of("personId", teacherId,
				"schoolId", schoolId, "roles", List.of("teacher"), "lastName", "Сидорова", "firstName", "Ольга"));
		String admin = user(List.of("school-admin"), UUID.randomUUID(), schoolId);
		String teacher = user(List.of("teacher"), teacherId, schoolId);

		String classGroupId = api().post("/api/journal/schools/" + schoolId + "/class-groups", admin,
				Map.of("name", "5А", "academicYear", "2026/2027")).json().get("id").asString();
		String subjectId = api().post("/api/journal/schools/" + schoolId + "/subjects", admin, Map.of("name", "Математика"))
			.json().get("id").asString();
		LocalDate from = today().minusMonths(2);
		// identity's events reach the journal asynchronously: retry until the directory knows the people
		Eventually.until(() -> api().post("/api/journal/class-groups/" + classGroupId + "/enrolments", admin,
				Map.of("studentId", studentId, "from", from)), r -> r.status() == 201, Duration.ofSeconds(30));
		Eventually.until(() -> api().post("/api/journal/class-groups/" + classGroupId + "/assignments", admin,
				Map.of("teacherId", teacherId, "subjectId", subjectId, "from", from)), r -> r.status() == 201, Duration.ofSeconds(30));
		return new School(schoolId, UUID.fromString(classGroupId), UUID.fromString(subjectId), teacherId, studentId,
				otherStudentId, admin, teacher);
	}

	protected static void publish(String topic, String type, UUID subject, UUID schoolId, Map<String, ?> data) {
		EventProbe.send(topic, subject.toString(), Envelopes.envelope("/ejd/identity-service", type, subject.toString(), schoolId, 1, data));
	}

	protected static String user(List<String> roles, UUID personId, UUID schoolId) {
		String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(username, "User-pass-12", roles, personId.toString(), List.of(schoolId.toString()));
		return RealServers.keycloak().passwordToken(username, "User-pass-12");
	}

	public record School(UUID id, UUID classGroupId, UUID subjectId, UUID teacherId, UUID studentId, UUID notEnrolledStudentId,
			String adminToken, String teacherToken) {
	}
}
