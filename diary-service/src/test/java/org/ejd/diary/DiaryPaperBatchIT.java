package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import org.ejd.diary.statements.PaperBatches;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** C2, D11: the weekly paper batch per school, its register, hand-over, reprint and the catch-up of a missed week. */
class DiaryPaperBatchIT extends DiaryIT {

	@Autowired
	PaperBatches batches;

	@Autowired
	JdbcClient jdbc;

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID mother = UUID.randomUUID();

	final UUID secondStudent = UUID.randomUUID();

	final UUID father = UUID.randomUUID();

	/** A Monday some weeks ahead, so no earlier run of the job has printed these weeks. */
	final LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(3);

	@Test
	void onItsWeekdayEachSchoolGetsOnePdfWithAStatementPerFamilyOnPaperAndTheAdminHandsThemOver() throws Exception {
		// 06:59 in Moscow on the batch day: last week's batch is not due yet (a new school starts with the week before);
		// the clock moves first, so the scheduled job, if it runs meanwhile, sees the same time as the test
		CLOCK.setTo(monday.atTime(6, 59).atZone(java.time.ZoneId.of("Europe/Moscow")).toInstant());
		families();
		batches.makeDue();
		assertThat(weeks()).containsExactly(monday.minusWeeks(2));
		CLOCK.setTo(monday.atTime(7, 1).atZone(java.time.ZoneId.of("Europe/Moscow")).toInstant());
		batches.makeDue();
		batches.makeDue();
		assertThat(weeks()).as("one batch a week, however often the job runs").containsExactly(monday.minusWeeks(2), monday.minusWeeks(1));
		CLOCK.reset();

		String admin = token("school-admin", UUID.randomUUID(), school);
		Response list = api().get("/api/diary/schools/" + school + "/paper-batches", admin);
		assertThat(list.status()).isEqualTo(200);
		JsonNode batch = list.json().get("items").get(0);
		assertThat(batch.get("weekOf").asString()).as("the week before the batch day").isEqualTo(monday.minusWeeks(1).toString());
		assertThat(batch.get("families").asInt()).isEqualTo(2);
		String batchId = batch.get("id").asString();

		Response register = api().get("/api/diary/schools/" + school + "/paper-batches/" + batchId, admin);
		assertThat(register.json().get("items").size()).isEqualTo(2);
		assertThat(register.body()).contains(mother.toString(), father.toString(), "delivery-form");

		HttpResponse<byte[]> pdf = pdf("/api/diary/schools/" + school + "/paper-batches/" + batchId, admin);
		assertThat(pdf.statusCode()).isEqualTo(200);
		String text = DiaryStatementIT.textOf(pdf.body());
		assertThat(text).contains("Иванов Пётр", "Сидорова Анна", "Математика");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).as("a page break between families").isGreaterThanOrEqualTo(2);
		}

		Response handed = api().post("/api/diary/schools/" + school + "/paper-batches/" + batchId + "/handovers", admin,
				Map.of("studentId", student, "recipientId", mother));
		assertThat(handed.status()).isEqualTo(200);
		assertThat(handed.json().get("handedOverAt").isNull()).isFalse();
		assertThat(api().post("/api/diary/schools/" + school + "/paper-batches/" + batchId + "/handovers", admin,
				Map.of("studentId", student, "recipientId", father)).status()).as("not this family's recipient").isEqualTo(404);

		Response reprint = api().post("/api/diary/schools/" + school + "/paper-batches/" + batchId + "/reprints", admin, null);
		assertThat(reprint.status()).isEqualTo(201);
		assertThat(reprint.json().get("reprintOf").asString()).isEqualTo(batchId);
		assertThat(reprint.json().get("weekOf").asString()).isEqualTo(monday.minusWeeks(1).toString());

		for (String stranger : new String[] { token("teacher", UUID.randomUUID(), school),
				token("school-admin", UUID.randomUUID(), UUID.randomUUID()), token("guardian", mother, school) }) {
			assertThat(api().get("/api/diary/schools/" + school + "/paper-batches", stranger).status()).isEqualTo(404);
			assertThat(api().get("/api/diary/schools/" + school + "/paper-batches/" + batchId, stranger).status()).isEqualTo(404);
			assertThat(api().post("/api/diary/schools/" + school + "/paper-batches/" + batchId + "/handovers", stranger,
					Map.of("studentId", student, "recipientId", mother)).status()).isEqualTo(404);
		}
	}

	@Test
	void aMissedWeekIsPrintedLateNeverSkipped() {
		CLOCK.setTo(monday.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/Moscow")).toInstant());
		families();
		batches.makeDue();
		// the job does not run for two weeks (an outage); then it prints both weeks it missed
		CLOCK.setTo(monday.plusWeeks(2).atTime(12, 0).atZone(java.time.ZoneId.of("Europe/Moscow")).toInstant());
		batches.makeDue();
		CLOCK.reset();
		assertThat(weeks()).containsExactly(monday.minusWeeks(1), monday, monday.plusWeeks(1));
	}

	private void families() {
		send("identity.schools.v1", school.toString(), Envelopes.envelope("/ejd/identity-service", "identity.school.registered",
				school.toString(), school, 1, Map.of("schoolId", school, "name", "МБОУ «Школа № 9»", "regionCode", "51",
						"municipality", "ЗАТО г. Североморск", "timeZone", "Europe/Moscow")));
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(mother, student, school));
		send("identity.persons.v1", secondStudent.toString(), Envelopes.envelope("/ejd/identity-service", "identity.student.registered",
				secondStudent.toString(), school, 1, Map.of("personId", secondStudent, "schoolId", school, "lastName", "Сидорова",
						"firstName", "Анна", "birthDate", "2013-05-01")));
		send("identity.representations.v1", secondStudent.toString(), representation(father, secondStudent, school));
		for (UUID parent : new UUID[] { mother, father }) {
			send("consent.records.v1", parent.toString(), Envelopes.envelope("/ejd/consent-service", "consent.delivery-form.changed",
					parent.toString(), school, 1, Map.of("personId", parent, "form", "paper", "weeklyPrintedStatement", true,
							"electronicDeliveryAllowed", false, "channel", "paper", "registeredBy", parent,
							"changedAt", Instant.now().toString())));
		}
		UUID mark = UUID.randomUUID();
		Map<String, Object> data = markData(mark, student, school, "5");
		data.put("workDate", monday.minusWeeks(1).plusDays(2).toString());
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted", mark.toString(),
				school, 1, data));
		Eventually.until(() -> jdbc.sql("select count(*) from delivery_form where person_id in (?, ?)").params(mother, father)
			.query(Integer.class).single() + jdbc.sql("select count(*) from diary_mark where mark_id = ?").param(mark)
				.query(Integer.class).single() + jdbc.sql("select count(*) from representation where guardian_id in (?, ?)")
				.params(mother, father).query(Integer.class).single(), n -> n == 5, Duration.ofSeconds(30));
	}

	private java.util.List<LocalDate> weeks() {
		return jdbc.sql("select week_of from paper_batch where school_id = ? and reprint_of is null order by week_of").param(school)
			.query(LocalDate.class).list();
	}

	HttpResponse<byte[]> pdf(String path, String token) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token)
				.header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}
}
