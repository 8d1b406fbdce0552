package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

/** consent-service's own copy of who represents whom: idempotent, reorder-tolerant, and it ends access. */
class IdentityProjectionIT extends ConsentIT {

	@Test
	void aRepeatedOrOlderIdentityEventChangesNothing() {
		School school = school();
		UUID student = UUID.randomUUID();
		UUID eventId = UUID.randomUUID();
		String newer = Envelopes.envelope(eventId, "/ejd/identity-service", "identity.student.registered", student.toString(),
				school.id(), 2, studentData(student, school, adult()));
		EventProbe.send("identity.persons.v1", student.toString(), newer);
		EventProbe.send("identity.persons.v1", student.toString(), newer);
		publish("identity.persons.v1", student, school.id(), "identity.student.registered", student, 1, studentData(student, school, minor()));
		awaitAfter("identity.persons.v1", student, school);

		assertThat(jdbc.sql("select birth_date from person where id = ?").param(student).query(LocalDate.class).single()).isEqualTo(adult());
		assertThat(jdbc.sql("select count(*) from processed_event where event_id = ?").param(eventId).query(Integer.class).single()).isOne();
		assertThat(api().post(PERSONS + student + "/consents", token("student", student, school.id()), consent("given")).status())
			.as("still of full age").isEqualTo(201);
	}

	@Test
	void anEndedRepresentationEndsTheGuardiansAccessEvenIfTheEndArrivesFirst() {
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		UUID representation = jdbc.sql("select id from representation where guardian_id = ?").param(guardian).query(UUID.class).single();
		String mother = token("guardian", guardian, school.id());
		assertThat(api().get(PERSONS + student + "/consent", mother).status()).isEqualTo(200);

		publish("identity.representations.v1", student, school.id(), "identity.representation.ended", representation, 2,
				Map.of("representationId", representation, "guardianId", guardian, "studentId", student,
						"endedOn", LocalDate.now().minusDays(1).toString()));
		Eventually.until(() -> api().get(PERSONS + student + "/consent", mother).status(), s -> s == 404, Duration.ofSeconds(30));

		UUID father = UUID.randomUUID();
		publish("identity.persons.v1", father, school.id(), "identity.guardian.registered", father, 1,
				Map.of("personId", father, "lastName", "Иванов", "firstName", "Сергей"));
		awaitCount("select count(*) from person where id = ?", father);
		UUID late = UUID.randomUUID();
		publish("identity.representations.v1", student, school.id(), "identity.representation.ended", late, 2,
				Map.of("representationId", late, "guardianId", father, "studentId", student, "endedOn", LocalDate.now().minusDays(1).toString()));
		publish("identity.representations.v1", student, school.id(), "identity.representation.established", late, 1,
				Map.of("representationId", late, "guardianId", father, "studentId", student, "basis", "parent", "validFrom", "2020-09-01"));
		awaitAfter("identity.representations.v1", student, school);

		assertThat(jdbc.sql("select ended_on is not null and valid_from is null from representation where id = ?").param(late)
			.query(Boolean.class).single()).as("the older start changed nothing").isTrue();
		assertThat(api().get(PERSONS + student + "/consent", token("guardian", father, school.id())).status()).isEqualTo(404);
	}

	/** A record of a type consent-service ignores, on the same key: once it is handled, everything before it is too. */
	private void awaitAfter(String topic, UUID key, School school) {
		UUID marker = UUID.randomUUID();
		EventProbe.send(topic, key.toString(), Envelopes.envelope(marker, "/ejd/identity-service", "identity.test.marker",
				key.toString(), school.id(), 1, Map.of()));
		awaitCount("select count(*) from processed_event where event_id = ?", marker);
	}

	private static Map<String, Object> studentData(UUID student, School school, LocalDate birthDate) {
		return Map.of("personId", student, "schoolId", school.id(), "lastName", "Петрова", "firstName", "Анна",
				"birthDate", birthDate.toString());
	}
}
