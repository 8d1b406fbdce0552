package org.ejd.journal.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.journal.StatementLog;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a posted mark costs PostgreSQL (issue 13, ADR 0067): the statements of the request's transaction, counted on
 * journal's own connections. Each is a round trip the teacher waits for.
 */
class MarkRoundTripsIT extends JournalIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSingleMarkIsOneReadOfItsFactsItsRowItsOutboxRowAndTheCommit() {
		School school = school();
		Map<String, Object> mark = Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "value", "5", "workType", "oral", "workDate", today());
		StatementLog.clear();
		Response posted = api().post("/api/journal/marks", school.teacherToken(), mark);
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);

		List<String> sent = transactionThatInsertedAMark();
		assertThat(sent).as(String.join("\n---\n", sent)).hasSize(4);
		assertThat(sent.get(0)).as("the facts: group, assignment, subject, scales, policies, period, enrolment").contains("from class_group g");
		assertThat(sent.get(1)).startsWith("insert into mark ");
		assertThat(sent.get(2).toLowerCase()).contains("insert into event_publication");
		assertThat(sent.get(3)).isEqualTo("commit");
	}

	@Test
	void aWholeClassIsTheSameReadOneBatchOfRowsAndOneBatchOfOutboxRows() {
		School school = school();
		Response enrolled = api().post("/api/journal/class-groups/" + school.classGroupId() + "/enrolments", school.adminToken(),
				Map.of("studentId", school.notEnrolledStudentId(), "from", today().minusMonths(2)));
		assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
		Map<String, Object> batch = Map.of("classGroupId", school.classGroupId(), "subjectId", school.subjectId(),
				"workType", "test", "workDate", today(), "marks", List.of(Map.of("studentId", school.studentId(), "value", "4"),
						Map.of("studentId", school.notEnrolledStudentId(), "value", "5")));
		StatementLog.clear();
		Response posted = api().post("/api/journal/marks/batch", school.teacherToken(), batch);
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);

		List<String> sent = transactionThatInsertedAMark();
		assertThat(sent).as(String.join("\n---\n", sent)).hasSize(4);
		assertThat(sent.get(0)).contains("from class_group g");
		assertThat(sent.get(1)).startsWith("insert into mark ");
		assertThat(sent.get(2).toLowerCase()).as("both marks' events, one batch").contains("insert into event_publication");
		assertThat(sent.get(3)).isEqualTo("commit");
	}

	@Test
	void aSentMarksPublicationIsDeletedInOneStatementWithoutAProcessingStepOfItsOwn() {
		School school = school();
		Map<String, Object> mark = Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "value", "3", "workType", "oral", "workDate", today());
		StatementLog.clear();
		Response posted = api().post("/api/journal/marks", school.teacherToken(), mark);
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		String markId = posted.json().get("id").asString();

		// the outbox keeps only what Kafka has not taken (completion mode delete, ADR 0097)
		EventProbe.await("journal.marks.v1", r -> r.value().contains(markId), Duration.ofSeconds(30));
		Eventually.until(() -> jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + markId + "%").query(Integer.class).single(), n -> n == 0, Duration.ofSeconds(30));
		List<String> outboxWrites = StatementLog.borrows().stream().flatMap(List::stream)
			.filter(sql -> sql.toLowerCase().matches("(update|delete from) event_publication.*")).toList();
		assertThat(outboxWrites).as("the completion only, as one delete (ADR 0077, 0095, 0097)").isNotEmpty()
			.allSatisfy(sql -> assertThat(sql.toLowerCase()).startsWith("delete from event_publication").contains("any("));
	}

	/**
	 * The statements of the transaction that wrote the mark, without the school's time zone: platform's
	 * {@code CachedSchoolZones} keeps a zone for half a minute, and a school whose zone identity never announced (as
	 * these) is asked each time; that read is the platform's "today", not the mark's.
	 */
	private static List<String> transactionThatInsertedAMark() {
		List<List<String>> found = StatementLog.borrows().stream()
			.filter(borrow -> borrow.stream().anyMatch(sql -> sql.startsWith("insert into mark ")))
			.toList();
		assertThat(found).as("one transaction wrote the mark").hasSize(1);
		return found.getFirst().stream().filter(sql -> !sql.startsWith("select time_zone from known_school")).toList();
	}
}
