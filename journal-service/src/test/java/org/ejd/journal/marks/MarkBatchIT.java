package org.ejd.journal.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MarkBatchIT extends JournalIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTeacherPostsAWholeClassForOneWorkInOneRequest() {
		School school = school();
		Response posted = api().post("/api/journal/marks/batch", school.teacherToken(), batch(school,
				List.of(Map.of("studentId", school.studentId(), "value", "5"))));
		assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
		assertThat(posted.json().size()).isEqualTo(1);
	}

	@Test
	void oneBadRowRejectsTheWholeBatchWithEveryReasonAndWritesNothing() {
		School school = school();
		Response refused = api().post("/api/journal/marks/batch", school.teacherToken(), batch(school, List.of(
				Map.of("studentId", school.studentId(), "value", "5"),
				Map.of("studentId", school.notEnrolledStudentId(), "value", "4"),
				Map.of("studentId", school.studentId(), "value", "7"))));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.isProblem()).isTrue();
		String errors = refused.json().get("errors").toString();
		assertThat(errors).contains("marks[1].studentId").contains("marks[2].studentId");
		assertThat(jdbc.sql("select count(*) from mark where class_group_id = ?").param(school.classGroupId())
			.query(Integer.class).single()).isZero();
	}

	@Test
	void theSameIdempotencyKeyTwiceWritesOnceAndReplaysTheFirstAnswer() {
		School school = school();
		String key = UUID.randomUUID().toString();
		Map<String, Object> mark = Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "value", "4", "workType", "oral", "workDate", today());
		Response first = api().send("POST", "/api/journal/marks", school.teacherToken(), mark, Map.of("Idempotency-Key", key));
		Response again = api().send("POST", "/api/journal/marks", school.teacherToken(), mark, Map.of("Idempotency-Key", key));
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.headers().get("idempotent-replayed")).isEqualTo("true");
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(jdbc.sql("select count(*) from mark where class_group_id = ?").param(school.classGroupId())
			.query(Integer.class).single()).isEqualTo(1);

		Response otherBody = api().send("POST", "/api/journal/marks", school.teacherToken(),
				Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(), "subjectId", school.subjectId(),
						"value", "2", "workType", "oral", "workDate", today()), Map.of("Idempotency-Key", key));
		assertThat(otherBody.status()).isEqualTo(422);
		assertThat(otherBody.isProblem()).isTrue();
	}

	@Test
	void aRetryOfAMarkWhoseAnswerWasLostAfterItsCommitIsToldSoAndNeverMakesASecondMark() {
		School school = school();
		String key = UUID.randomUUID().toString();
		Map<String, Object> mark = Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "value", "3", "workType", "oral", "workDate", today());
		Response first = api().send("POST", "/api/journal/marks", school.teacherToken(), mark, Map.of("Idempotency-Key", key));
		assertThat(first.status()).isEqualTo(201);
		assertThat(jdbc.sql("select work_committed from idempotency_record where idempotency_key = ?").param(key)
			.query(Boolean.class).single()).as("marked done by the mark's own transaction").isTrue();

		// the database died between the mark's commit and its stored answer: no answer, the request just made
		jdbc.sql("update idempotency_record set status = null, content_type = null, location = null, body = null"
				+ " where idempotency_key = ?").param(key).update();
		Response whileRecent = api().send("POST", "/api/journal/marks", school.teacherToken(), mark, Map.of("Idempotency-Key", key));
		assertThat(whileRecent.status()).isEqualTo(409);
		assertThat(whileRecent.json().get("code").asString()).isEqualTo("problem.idempotency.in-progress");

		// long after: an unanswered record looks abandoned, but its work was committed, so it is not taken over
		jdbc.sql("update idempotency_record set created_at = now() - interval '2 minutes' where idempotency_key = ?")
			.param(key).update();
		Response later = api().send("POST", "/api/journal/marks", school.teacherToken(), mark, Map.of("Idempotency-Key", key));
		assertThat(later.status()).isEqualTo(409);
		assertThat(later.isProblem()).isTrue();
		assertThat(later.json().get("code").asString()).isEqualTo("problem.idempotency.answer-lost");
		assertThat(later.json().get("detail").asString()).contains("уже выполнен");
		assertThat(jdbc.sql("select count(*) from mark where class_group_id = ?").param(school.classGroupId())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aRefusedMarkLeavesItsKeyNotMarkedDone() {
		School school = school();
		String key = UUID.randomUUID().toString();
		Response refused = api().send("POST", "/api/journal/marks", school.teacherToken(),
				Map.of("studentId", school.notEnrolledStudentId(), "classGroupId", school.classGroupId(),
						"subjectId", school.subjectId(), "value", "4", "workType", "oral", "workDate", today()),
				Map.of("Idempotency-Key", key));
		assertThat(refused.status() / 100).isEqualTo(4);
		assertThat(jdbc.sql("select work_committed from idempotency_record where idempotency_key = ?").param(key)
			.query(Boolean.class).single()).isFalse();
	}

	private static Map<String, Object> batch(School school, List<Map<String, Object>> marks) {
		return Map.of("classGroupId", school.classGroupId(), "subjectId", school.subjectId(), "workType", "test",
				"workDate", today(), "marks", marks);
	}
}
