package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DiaryReadModelIT extends DiaryIT {

	@Autowired
	JdbcClient jdbc;

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	@Test
	void guardianReadsTheMarksOfTheirChildAndOnlyTheirs() {
		family();
		UUID markId = UUID.randomUUID();
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
				markId.toString(), school, 1, markData(markId, student, school, "5")));

		String guardianToken = token("guardian", guardian, school);
		Response marks = Eventually.until(() -> api().get("/api/diary/students/" + student + "/marks", guardianToken),
				r -> r.status() == 200 && r.json().size() == 1, Duration.ofSeconds(30));
		assertThat(marks.json().get(0).get("value").asString()).isEqualTo("5");
		assertThat(marks.json().get(0).get("subjectName").asString()).isEqualTo("Математика");

		Response self = api().get("/api/diary/students/" + student + "/marks", token("student", student, school));
		assertThat(self.status()).isEqualTo(200);

		Response stranger = api().get("/api/diary/students/" + student + "/marks", token("guardian", UUID.randomUUID(), school));
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(stranger.isProblem()).isTrue();
		Response otherStudent = api().get("/api/diary/students/" + student + "/marks", token("student", UUID.randomUUID(), school));
		assertThat(otherStudent.status()).isEqualTo(404);
		Response missing = api().get("/api/diary/students/" + UUID.randomUUID() + "/marks", guardianToken);
		assertThat(missing.status()).as("an unknown student looks the same as a forbidden one").isEqualTo(404);
		assertThat(api().get("/api/diary/students/" + student + "/marks", null).status()).isEqualTo(401);

		Response children = api().get("/api/diary/me/students", guardianToken);
		assertThat(children.json().get(0).get("id").asString()).isEqualTo(student.toString());
	}

	@Test
	void anEndedRepresentationClosesTheDiaryFromItsEndDayEvenWhenTheEndArrivesFirst() {
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		UUID link = UUID.randomUUID();
		java.util.Map<String, Object> ended = java.util.Map.of("representationId", link, "guardianId", guardian, "studentId", student,
				"endedOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).toString());
		send("identity.representations.v1", student.toString(), Envelopes.envelope("/ejd/identity-service",
				"identity.representation.ended", link.toString(), school, 2, ended));
		send("identity.representations.v1", student.toString(), Envelopes.envelope("/ejd/identity-service",
				"identity.representation.established", link.toString(), school, 1, java.util.Map.of("representationId", link,
						"guardianId", guardian, "studentId", student, "basis", "parent", "validFrom", "2020-09-01")));
		// another family member's link, sent last: once it is in, the two before it are too (one partition per student)
		send("identity.representations.v1", student.toString(), representation(UUID.randomUUID(), student, school));
		Eventually.until(() -> count("select count(*) from representation where student_id = ?", student), n -> n == 2,
				Duration.ofSeconds(30));
		assertThat(api().get("/api/diary/students/" + student + "/marks", token("guardian", guardian, school)).status())
			.as("the link ended today: no access today").isEqualTo(404);
	}

	@Test
	void aDuplicateOrOlderEventChangesNothing() {
		family();
		UUID markId = UUID.randomUUID();
		UUID eventId = UUID.randomUUID();
		String posted = Envelopes.envelope(eventId, "/ejd/journal-service", "journal.mark.posted", markId.toString(), school, 2,
				markData(markId, student, school, "4"));
		send("journal.marks.v1", student.toString(), posted);
		send("journal.marks.v1", student.toString(), posted);
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
				markId.toString(), school, 1, markData(markId, student, school, "2")));
		UUID marker = UUID.randomUUID();
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
				marker.toString(), school, 1, markData(marker, student, school, "3")));

		Eventually.until(() -> count("select count(*) from diary_mark where mark_id = ?", marker), n -> n == 1, Duration.ofSeconds(30));
		assertThat(count("select count(*) from diary_mark where mark_id = ?", markId)).isEqualTo(1);
		assertThat(jdbc.sql("select value from diary_mark where mark_id = ?").param(markId).query(String.class).single()).isEqualTo("4");
		assertThat(count("select count(*) from processed_event where event_id = ?", eventId)).isEqualTo(1);
	}

	@Test
	void aCorrectionReplacesTheMarkAndADeletionHidesItEvenWhenItArrivesFirst() {
		family();
		UUID corrected = UUID.randomUUID();
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
				corrected.toString(), school, 1, markData(corrected, student, school, "3")));
		java.util.Map<String, Object> correction = markData(corrected, student, school, "4");
		correction.remove("enteredAt");
		correction.remove("onTime");
		correction.put("correctedAt", java.time.Instant.now().toString());
		correction.put("correctedBy", UUID.randomUUID());
		correction.put("reason", "Ошибка ввода");
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.corrected",
				corrected.toString(), school, 2, correction));

		UUID deletedFirst = UUID.randomUUID();
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.deleted",
				deletedFirst.toString(), school, 2, java.util.Map.of("markId", deletedFirst, "studentId", student, "schoolId", school,
						"deletedAt", java.time.Instant.now().toString(), "deletedBy", UUID.randomUUID(), "reason", "Не тому ученику")));
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
				deletedFirst.toString(), school, 1, markData(deletedFirst, student, school, "2")));

		UUID marker = UUID.randomUUID();
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
				marker.toString(), school, 1, markData(marker, student, school, "5")));

		String guardianToken = token("guardian", guardian, school);
		Response marks = Eventually.until(() -> api().get("/api/diary/students/" + student + "/marks", guardianToken),
				r -> r.status() == 200 && r.body().contains(marker.toString()), Duration.ofSeconds(30));
		assertThat(marks.body()).as("the deleted mark stays hidden although its posting came after")
			.doesNotContain(deletedFirst.toString());
		assertThat(marks.json().size()).isEqualTo(2);
		assertThat(marks.body()).contains("\"value\":\"4\"").doesNotContain("\"value\":\"3\"");
	}

	@Test
	void theAverageUsesTheWeightsAndExclusionsTheJournalSent() {
		family();
		UUID five = UUID.randomUUID();
		UUID two = UUID.randomUUID();
		UUID excluded = UUID.randomUUID();
		java.util.Map<String, Object> oral = markData(five, student, school, "5");
		java.util.Map<String, Object> test = markData(two, student, school, "2");
		test.put("weight", 2);
		test.put("subjectId", oral.get("subjectId"));
		java.util.Map<String, Object> out = markData(excluded, student, school, "2");
		out.put("subjectId", oral.get("subjectId"));
		out.put("countsInAverage", false);
		for (java.util.Map<String, Object> data : java.util.List.of(oral, test, out)) {
			send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
					data.get("markId").toString(), school, 1, data));
		}
		String guardianToken = token("guardian", guardian, school);
		Response averages = Eventually.until(() -> api().get("/api/diary/students/" + student + "/averages", guardianToken),
				r -> r.status() == 200 && r.body().contains("\"marks\":2"), Duration.ofSeconds(30));
		assertThat(averages.json().get(0).get("average").decimalValue()).isEqualByComparingTo("3.00");
	}

	@Test
	void aMalformedEventLandsOnTheDeadLetterTopicWithTheReason() {
		String key = UUID.randomUUID().toString();
		send("journal.marks.v1", key, "{\"specversion\":\"1.0\",\"this\":\"is not an envelope\"}");
		send("journal.marks.v1", key, "not even json " + key);

		ConsumerRecord<String, String> invalid = EventProbe.await("journal.marks.v1.dlt",
				r -> key.equals(r.key()) && r.value().contains("is not an envelope"), Duration.ofSeconds(30));
		assertThat(header(invalid, "kafka_dlt-exception-message")).contains("envelope does not match its schema");
		assertThat(header(invalid, "kafka_dlt-original-topic")).isEqualTo("journal.marks.v1");
		ConsumerRecord<String, String> notJson = EventProbe.await("journal.marks.v1.dlt",
				r -> r.value().contains("not even json " + key), Duration.ofSeconds(30));
		assertThat(header(notJson, "kafka_dlt-exception-message")).contains("not JSON");
	}

	@Test
	void aMalformedMarkAmongGoodOnesGoesToTheDeadLetterTopicAndTheGoodOnesAreKept() {
		UUID before = UUID.randomUUID();
		UUID after = UUID.randomUUID();
		String key = student.toString();
		// one partition (same key) and sent back to back: the marks listener reads them in one poll, one transaction
		send("journal.marks.v1", key, Envelopes.envelope("/ejd/journal-service", "journal.mark.posted", before.toString(), school, 1,
				markData(before, student, school, "4")));
		send("journal.marks.v1", key, "{\"specversion\":\"1.0\",\"between\":\"" + before + "\"}");
		send("journal.marks.v1", key, Envelopes.envelope("/ejd/journal-service", "journal.mark.posted", after.toString(), school, 1,
				markData(after, student, school, "5")));

		EventProbe.await("journal.marks.v1.dlt", r -> r.value().contains("\"between\":\"" + before + "\""), Duration.ofSeconds(60));
		assertThat(org.ejd.testkit.Eventually.until(() -> count("select count(*) from diary_mark where student_id = ?", student),
				n -> n == 2, Duration.ofSeconds(60))).as("the marks before and after the bad one").isEqualTo(2);
	}

	private void family() {
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
	}

	private int count(String sql, UUID id) {
		return jdbc.sql(sql).param(id).query(Integer.class).single();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		var header = record.headers().lastHeader(name);
		return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
	}
}
