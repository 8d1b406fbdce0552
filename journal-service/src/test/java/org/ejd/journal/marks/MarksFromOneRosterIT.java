package org.ejd.journal.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A OneRoster client bound to the school puts results; the journal enters them as the marks of the class's teacher,
 * recording the client (ADR 0042). {@code ejd-oneroster} is bound to region 51 (JournalIT), {@code ejd-oneroster-school}
 * to no school the tests make. A refused result is tried again for 3 s, not production's 30, before its dead-letter
 * topic ({@link JournalIT}): the tests refuse ten, one after another, which took six of CI's minutes.
 */
class MarksFromOneRosterIT extends JournalIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final EventContracts contracts = new EventContracts();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResultOfABoundClientBecomesTheTeachersMarkRecordingTheClientAndPutAgainCorrectsIt() {
		School school = school();
		UUID markId = UUID.randomUUID();
		submit(school, markId, "ejd-oneroster", school.studentId(), "4", today());

		JsonNode posted = await("journal.mark.posted", markId);
		assertThat(posted.at("/data/teacherId").asString()).isEqualTo(school.teacherId().toString());
		assertThat(posted.at("/data/enteredByClient").asString()).isEqualTo("ejd-oneroster");
		assertThat(posted.at("/data/value").asString()).isEqualTo("4");
		assertThat(posted.at("/data/workType").asString()).isEqualTo("test");
		Response mark = api().get("/api/journal/marks/" + markId, school.teacherToken());
		assertThat(mark.status()).as(mark.body()).isEqualTo(200);
		assertThat(mark.json().get("value").asString()).isEqualTo("4");

		submit(school, markId, "ejd-oneroster", school.studentId(), "5", today());
		JsonNode corrected = await("journal.mark.corrected", markId);
		assertThat(corrected.at("/data/value").asString()).isEqualTo("5");
		assertThat(corrected.at("/data/correctedBy").asString()).isEqualTo(school.teacherId().toString());
		assertThat(corrected.at("/data/correctedByClient").asString()).isEqualTo("ejd-oneroster");
		assertThat(jdbc.sql("select changed_by_client from mark_history where mark_id = ?").param(markId).query(String.class)
			.single()).isEqualTo("ejd-oneroster");
		assertThat(jdbc.sql("select entered_by_client from mark where id = ?").param(markId).query(String.class).single())
			.isEqualTo("ejd-oneroster");
	}

	@Test
	void aClientNotBoundToTheSchoolOrAStudentNotInTheClassEntersNothingAndTheResultGoesToTheDeadLetterTopic() {
		School school = school();
		UUID foreignClient = UUID.randomUUID();
		UUID notEnrolled = UUID.randomUUID();
		submit(school, foreignClient, "ejd-oneroster-school", school.studentId(), "5", today());
		submit(school, notEnrolled, "ejd-oneroster", school.notEnrolledStudentId(), "5", today());

		ConsumerRecord<String, String> unbound = EventProbe.await("oneroster.results.v1.dlt",
				r -> r.value().contains(foreignClient.toString()), Duration.ofSeconds(90));
		assertThat(header(unbound, "kafka_dlt-exception-message")).contains("journal.mark.client-not-bound");
		ConsumerRecord<String, String> outside = EventProbe.await("oneroster.results.v1.dlt",
				r -> r.value().contains(notEnrolled.toString()), Duration.ofSeconds(90));
		assertThat(header(outside, "kafka_dlt-exception-message")).contains("journal.mark.not-enrolled");
		assertThat(jdbc.sql("select count(*) from mark where id in (?, ?)").params(foreignClient, notEnrolled)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aResultTheClientDeletesDeletesItsMarkForTheTeacherKeepingItWithItsHistory() {
		School school = school();
		UUID markId = UUID.randomUUID();
		submit(school, markId, "ejd-oneroster", school.studentId(), "3", today());
		await("journal.mark.posted", markId);

		withdraw(school, markId, "ejd-oneroster", school.studentId());
		JsonNode deleted = await("journal.mark.deleted", markId);
		assertThat(deleted.at("/data/deletedBy").asString()).isEqualTo(school.teacherId().toString());
		assertThat(deleted.at("/data/deletedByClient").asString()).isEqualTo("ejd-oneroster");
		assertThat(deleted.at("/data/reason").asString()).isEqualTo("OneRoster: ejd-oneroster");
		assertThat(jdbc.sql("select deleted from mark where id = ?").param(markId).query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select action || '/' || changed_by_client from mark_history where mark_id = ?").param(markId)
			.query(String.class).single()).isEqualTo("DELETED/ejd-oneroster");
		Response mark = api().get("/api/journal/marks/" + markId, school.teacherToken());
		assertThat(mark.json().get("deleted").asBoolean()).isTrue();
	}

	@Test
	void aTeachersMarkOrAnotherClientsOrOneOfAnUnboundClientIsNotDeletedAndGoesToTheDeadLetterTopic() {
		School school = school();
		Response posted = api().post("/api/journal/marks", school.teacherToken(),
				Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(), "subjectId", school.subjectId(),
						"value", "5", "workType", "test", "workDate", today().toString()));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		UUID teachers = UUID.fromString(posted.json().get("id").asString());
		withdraw(school, teachers, "ejd-oneroster", school.studentId());
		UUID clients = UUID.randomUUID();
		submit(school, clients, "ejd-oneroster", school.studentId(), "4", today());
		await("journal.mark.posted", clients);
		withdraw(school, clients, "ejd-oneroster-school", school.studentId());

		ConsumerRecord<String, String> notTheClients = EventProbe.await("oneroster.results.v1.dlt",
				r -> r.value().contains("oneroster.result.withdrawn") && r.value().contains(teachers.toString()), Duration.ofSeconds(90));
		assertThat(header(notTheClients, "kafka_dlt-exception-message")).contains("journal.mark.not-the-clients");
		ConsumerRecord<String, String> unbound = EventProbe.await("oneroster.results.v1.dlt",
				r -> r.value().contains("oneroster.result.withdrawn") && r.value().contains(clients.toString()), Duration.ofSeconds(90));
		assertThat(header(unbound, "kafka_dlt-exception-message")).contains("journal.mark.client-not-bound");
		assertThat(jdbc.sql("select count(*) from mark where id in (?, ?) and not deleted").params(teachers, clients)
			.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aSchoolsMachineAppHoldingTheWriteScopesEntersAndDeletesResultsForTheTeacherWithNoConfiguration() {
		School school = school();
		String client = machineApp(school.id(), List.of("gradebook.readonly", "gradebook.createput", "gradebook.delete"));
		UUID markId = UUID.randomUUID();
		submit(school, markId, client, school.studentId(), "4", today());

		JsonNode posted = await("journal.mark.posted", markId);
		assertThat(posted.at("/data/teacherId").asString()).isEqualTo(school.teacherId().toString());
		assertThat(posted.at("/data/enteredByClient").asString()).isEqualTo(client);
		assertThat(api().get("/api/journal/marks/" + markId, school.teacherToken()).json().get("value").asString()).isEqualTo("4");

		withdraw(school, markId, client, school.studentId());
		JsonNode deleted = await("journal.mark.deleted", markId);
		assertThat(deleted.at("/data/deletedBy").asString()).isEqualTo(school.teacherId().toString());
		assertThat(deleted.at("/data/deletedByClient").asString()).isEqualTo(client);
	}

	@Test
	void aMachineAppOfAnotherSchoolWithoutTheScopeOrSuspendedEntersAndDeletesNothing() {
		School school = school();
		String otherSchools = machineApp(UUID.randomUUID(), List.of("gradebook.createput", "gradebook.delete"));
		String readsOnly = machineApp(school.id(), List.of("roster.readonly", "gradebook.readonly"));
		String putsOnly = machineApp(school.id(), List.of("gradebook.createput"));
		UUID suspendedApp = UUID.randomUUID();
		String suspended = machineApp(suspendedApp, school.id(), List.of("gradebook.createput", "gradebook.delete"));
		appStatus(suspendedApp, suspended, "identity.app.suspended", 2);
		Eventually.until(() -> jdbc.sql("select suspended from registered_machine_app where app_id = ?").param(suspendedApp)
			.query(Boolean.class).single(), Boolean::booleanValue, Duration.ofSeconds(30));

		UUID ofOtherSchool = UUID.randomUUID();
		UUID withoutScope = UUID.randomUUID();
		UUID whileSuspended = UUID.randomUUID();
		UUID putByPutsOnly = UUID.randomUUID();
		// first the one it may enter: a refused record holds its partition up for the retries (3 s here, 30 in production) before its dead letter
		submit(school, putByPutsOnly, putsOnly, school.studentId(), "3", today());
		await("journal.mark.posted", putByPutsOnly);
		submit(school, ofOtherSchool, otherSchools, school.studentId(), "5", today());
		submit(school, withoutScope, readsOnly, school.studentId(), "5", today());
		submit(school, whileSuspended, suspended, school.studentId(), "5", today());
		withdraw(school, putByPutsOnly, putsOnly, school.studentId());

		for (UUID refused : List.of(ofOtherSchool, withoutScope, whileSuspended)) {
			ConsumerRecord<String, String> dead = EventProbe.await("oneroster.results.v1.dlt",
					r -> r.value().contains(refused.toString()), Duration.ofSeconds(120));
			assertThat(header(dead, "kafka_dlt-exception-message")).contains("journal.mark.client-not-bound");
		}
		ConsumerRecord<String, String> noDelete = EventProbe.await("oneroster.results.v1.dlt",
				r -> r.value().contains("oneroster.result.withdrawn") && r.value().contains(putByPutsOnly.toString()),
				Duration.ofSeconds(120));
		assertThat(header(noDelete, "kafka_dlt-exception-message")).as("deleting needs gradebook.delete")
			.contains("journal.mark.client-not-bound");
		assertThat(jdbc.sql("select count(*) from mark where id in (?, ?, ?)").params(ofOtherSchool, withoutScope, whileSuspended)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select deleted from mark where id = ?").param(putByPutsOnly).query(Boolean.class).single()).isFalse();

		// resumed, it enters results again
		appStatus(suspendedApp, suspended, "identity.app.resumed", 3);
		Eventually.until(() -> jdbc.sql("select suspended from registered_machine_app where app_id = ?").param(suspendedApp)
			.query(Boolean.class).single(), s -> !s, Duration.ofSeconds(30));
		UUID afterResumption = UUID.randomUUID();
		submit(school, afterResumption, suspended, school.studentId(), "4", today());
		assertThat(await("journal.mark.posted", afterResumption).at("/data/enteredByClient").asString()).isEqualTo(suspended);
	}

	/** A school's machine app as identity announces it (ADR 0052); waits until the journal keeps it, if it keeps it. */
	private String machineApp(UUID schoolId, List<String> scopes) {
		return machineApp(UUID.randomUUID(), schoolId, scopes);
	}

	private String machineApp(UUID appId, UUID schoolId, List<String> scopes) {
		String clientId = "app-" + appId.toString().replace("-", "").substring(0, 12);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("appId", appId);
		data.put("clientId", clientId);
		data.put("name", "АИС школы");
		data.put("schoolId", schoolId);
		data.put("redirectUris", List.of());
		data.put("scopes", scopes);
		data.put("kind", "machine");
		EventProbe.send("identity.apps.v1", appId.toString(), Envelopes.envelope("/ejd/identity-service",
				"identity.app.registered", appId.toString(), schoolId, 1, data));
		if (scopes.contains("gradebook.createput") || scopes.contains("gradebook.delete")) {
			Eventually.until(() -> jdbc.sql("select count(*) from registered_machine_app where app_id = ?").param(appId)
				.query(Integer.class).single(), n -> n == 1, Duration.ofSeconds(30));
		}
		return clientId;
	}

	private static void appStatus(UUID appId, String clientId, String type, long version) {
		EventProbe.send("identity.apps.v1", appId.toString(), Envelopes.envelope("/ejd/identity-service", type,
				appId.toString(), null, version, Map.of("appId", appId, "clientId", clientId)));
	}

	private static void withdraw(School school, UUID markId, String client, UUID student) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("markId", markId);
		data.put("sourcedId", "result-" + markId);
		data.put("clientId", client);
		data.put("schoolId", school.id());
		data.put("studentId", student);
		EventProbe.send("oneroster.results.v1", student.toString(), Envelopes.envelope("/ejd/oneroster-service",
				"oneroster.result.withdrawn", markId.toString(), school.id(), 2, data));
	}

	private static void submit(School school, UUID markId, String client, UUID student, String value, LocalDate day) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("markId", markId);
		data.put("sourcedId", "result-" + markId);
		data.put("clientId", client);
		data.put("schoolId", school.id());
		data.put("classGroupId", school.classGroupId());
		data.put("subjectId", school.subjectId());
		data.put("studentId", student);
		data.put("value", value);
		data.put("workType", "test");
		data.put("workDate", day.toString());
		data.put("comment", "Тест в электронном учебнике");
		EventProbe.send("oneroster.results.v1", student.toString(), Envelopes.envelope("/ejd/oneroster-service",
				"oneroster.result.submitted", markId.toString(), school.id(), 1, data));
	}

	private JsonNode await(String type, UUID markId) {
		ConsumerRecord<String, String> record = EventProbe.await("journal.marks.v1",
				r -> r.value().contains("\"" + type + "\"") && r.value().contains(markId.toString()), Duration.ofSeconds(60));
		JsonNode envelope = JSON.readTree(record.value());
		contracts.validate("journal.marks.v1", envelope);
		return envelope;
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}
}
