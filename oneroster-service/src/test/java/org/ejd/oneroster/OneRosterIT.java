package org.ejd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base of oneroster-service's tests against real PostgreSQL, Kafka and Keycloak. Schools, people, classes and marks
 * arrive the way identity and journal announce them (events on their topics); clients get tokens from Keycloak by
 * client credentials. {@code ejd-oneroster} is bound to region 51, {@code ejd-oneroster-school} to {@link #BOUND_SCHOOL}.
 */
@SpringBootTest(classes = OneRosterApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ejd.oneroster.max-limit=50", "ejd.oneroster.clients.ejd-oneroster.regions=51",
				"ejd.oneroster.clients.ejd-oneroster-school.schools=5c0e5c1d-0000-4000-8000-00000000a001" })
public abstract class OneRosterIT {

	static final String ROSTERING = "/ims/oneroster/rostering/v1p2/";

	static final String GRADEBOOK = "/ims/oneroster/gradebook/v1p2/";

	static final UUID BOUND_SCHOOL = UUID.fromString("5c0e5c1d-0000-4000-8000-00000000a001");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private static final Map<String, Schema> BY_NAME = new java.util.concurrent.ConcurrentHashMap<>();

	private static String regionToken;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		RealServers.register(registry, "oneroster");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient api() {
		return ApiClient.local(port);
	}

	/** The region client with every OneRoster scope. */
	static synchronized String regionToken() {
		if (regionToken == null) {
			regionToken = RealServers.keycloak().oneRosterToken("ejd-oneroster", "roster.readonly", "gradebook.readonly",
					"gradebook.createput");
		}
		return regionToken;
	}

	static String token(String client, String... scopes) {
		return RealServers.keycloak().oneRosterToken(client, scopes);
	}

	static String q(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A school of a region as identity announces it, once the facade knows it. */
	UUID school(String region) {
		return school(UUID.randomUUID(), region);
	}

	UUID school(UUID id, String region) {
		publish("identity.schools.v1", id, id, "identity.school.registered", id, 1, Map.of("schoolId", id, "name", "Школа № " +
				id.toString().substring(0, 4), "shortName", "Ш" + id.toString().substring(0, 4), "regionCode", region,
				"municipality", "Североморск"));
		awaitRow("school", id);
		return id;
	}

	/** A whole small school year: a student in class 5 А, a teacher of mathematics there, a quarter and one mark. */
	Scene scene(String region) {
		return scene(school(region));
	}

	Scene scene(UUID school) {
		UUID student = UUID.randomUUID();
		UUID teacher = UUID.randomUUID();
		UUID group = UUID.randomUUID();
		UUID subject = UUID.randomUUID();
		UUID enrolment = UUID.randomUUID();
		UUID assignment = UUID.randomUUID();
		UUID period = UUID.randomUUID();
		UUID mark = UUID.randomUUID();
		publish("identity.persons.v1", student, school, "identity.student.registered", student, 1, Map.of("personId", student,
				"schoolId", school, "lastName", "Петрова", "firstName", "Анна", "middleName", "Сергеевна", "birthDate", "2015-03-14"));
		publish("identity.staff.v1", teacher, school, "identity.staff.appointed", teacher, 1, Map.of("personId", teacher,
				"schoolId", school, "roles", List.of("teacher"), "lastName", "Смирнова", "firstName", "Ольга"));
		publish("journal.periods.v1", school, school, "journal.period.defined", period, 1, Map.of("periodId", period, "schoolId",
				school, "academicYear", "2026/2027", "name", "2 четверть", "kind", "quarter", "startDate", "2026-11-09", "endDate",
				"2026-12-28", "closed", false));
		UUID trimester = UUID.randomUUID();
		publish("journal.periods.v1", school, school, "journal.period.defined", trimester, 1, Map.of("periodId", trimester, "schoolId",
				school, "academicYear", "2026/2027", "name", "1 триместр", "kind", "trimester", "startDate", "2026-09-01", "endDate",
				"2026-11-30", "closed", true));
		publish("journal.enrolments.v1", student, school, "journal.student.enrolled", enrolment, 1, Map.of("enrolmentId", enrolment,
				"studentId", student, "classGroupId", group, "classGroupName", "5 А", "kind", "class", "academicYear", "2026/2027",
				"schoolId", school, "from", "2026-09-01"));
		publish("journal.teaching.v1", group, school, "journal.teacher.assigned", assignment, 1, Map.of("assignmentId", assignment,
				"schoolId", school, "classGroupId", group, "subjectId", subject, "subjectName", "Математика", "teacherId", teacher,
				"teacherName", "Смирнова Ольга", "from", "2026-09-01"));
		Map<String, Object> markData = new LinkedHashMap<>();
		markData.putAll(Map.of("markId", mark, "studentId", student, "schoolId", school, "classGroupId", group, "subjectId", subject,
				"subjectName", "Математика", "teacherId", teacher, "value", "5", "numericValue", 5, "scale", "five-point"));
		markData.putAll(Map.of("workType", "written", "weight", 1.5, "workDate", "2026-11-23", "enteredAt", "2026-11-23T09:41:12Z",
				"onTime", true, "comment", "Контрольная работа"));
		publish("journal.marks.v1", student, school, "journal.mark.posted", mark, 1, markData);
		awaitRow("person", student);
		awaitRow("person", teacher);
		awaitRow("period", period);
		awaitRow("period", trimester);
		awaitRow("enrolment", enrolment);
		awaitRow("teaching", assignment);
		awaitRow("mark", mark);
		return new Scene(school, student, teacher, group, subject, enrolment, assignment, period, mark);
	}

	/** The OneRoster class of a class group and subject: its sourcedId as the facade derives it. */
	String classId(Scene scene) {
		return jdbc.sql("select md5(?::text || '|' || ?::text)::uuid::text").param(scene.group()).param(scene.subject())
			.query(String.class).single();
	}

	static void publish(String topic, UUID key, UUID schoolId, String type, UUID subject, long version, Map<String, ?> data) {
		String source = topic.startsWith("identity") ? "/ejd/identity-service" : "/ejd/journal-service";
		EventProbe.send(topic, key.toString(), Envelopes.envelope(source, type, subject.toString(), schoolId, version, data));
	}

	void awaitRow(String table, UUID id) {
		Eventually.until(() -> jdbc.sql("select count(*) from " + table + " where id = ?").param(id).query(Integer.class).single(),
				n -> n >= 1, Duration.ofSeconds(30));
	}

	/** Checks a body against the OneRoster 1.2 schema of that name (test resources, oneroster/v1p2.schema.json). */
	static void assertValid(String definition, JsonNode body) {
		List<Error> errors = schema(definition).validate(body);
		assertThat(errors).as(definition + ": " + body).isEmpty();
	}

	private static Schema schema(String definition) {
		return BY_NAME.computeIfAbsent(definition, name -> {
			try (InputStream in = OneRosterIT.class.getResourceAsStream("/oneroster/v1p2.schema.json")) {
				ObjectNode root = (ObjectNode) JSON.readTree(in);
				root.put("$ref", "#/$defs/" + name);
				return SCHEMAS.getSchema(root);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	static List<String> ids(JsonNode array) {
		List<String> ids = new ArrayList<>();
		array.forEach(item -> ids.add(item.get("sourcedId").asString()));
		return ids;
	}

	/** An imsx error body with its code minor. */
	static void assertImsx(ApiClient.Response response, int status, String codeMinor) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertValid("imsx_StatusInfo", response.json());
		assertThat(response.json().get("imsx_codeMajor").asString()).isEqualTo("failure");
		assertThat(response.json().at("/imsx_CodeMinor/imsx_codeMinorField/0/imsx_codeMinorFieldValue").asString())
			.isEqualTo(codeMinor);
		assertThat(response.json().get("imsx_description").asString()).isNotBlank();
	}

	record Scene(UUID school, UUID student, UUID teacher, UUID group, UUID subject, UUID enrolment, UUID assignment, UUID period,
			UUID mark) {
	}
}
