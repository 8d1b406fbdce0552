package org.ejd.oneroster.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.oneroster.OneRosterIT;
import org.ejd.testkit.Envelopes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The journal consumer keeps a poll's posted and corrected marks and writes them, with their subjects, in JDBC batches
 * before the commit (ADR 0090): the roster ends as if each event had been applied at once, in order.
 */
class JournalPollIT extends OneRosterIT {

	private static final String TOPIC = "journal.marks.v1";

	@Autowired
	RosterEvents events;

	@Autowired
	JdbcClient rows;

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID subject = UUID.randomUUID();

	long offset;

	@Test
	void aPollsMarksAreWrittenTogetherInTheirOrderAndTheNewestStateWins() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();

		events.onJournal(List.of(posted(first, "3", 1, "Математика"), corrected(first, "4", 2), posted(second, "5", 1, "Математика"),
				corrected(second, "2", 2), corrected(first, "5", 3), posted(first, "3", 1, "Математика")));

		assertThat(shown(first)).as("the late posting of version 1 changes nothing").isEqualTo("5 v3");
		assertThat(shown(second)).isEqualTo("2 v2");
		assertThat(subjectName()).isEqualTo("Математика");
	}

	@Test
	void aSubjectRenamedWithinAPollEndsWithTheNameOfItsLastMark() {
		events.onJournal(List.of(posted(UUID.randomUUID(), "4", 1, "Математика"), posted(UUID.randomUUID(), "5", 1, "Алгебра"),
				posted(UUID.randomUUID(), "3", 1, "Алгебра")));

		assertThat(subjectName()).isEqualTo("Алгебра");
	}

	@Test
	void aDeletionInThePollAppliesAfterTheStatesBeforeItAndHidesTheMarkFromTheOnesAfter() {
		UUID mark = UUID.randomUUID();

		events.onJournal(List.of(posted(mark, "3", 1, "Математика"), deleted(mark, 2), corrected(mark, "5", 3)));

		assertThat(rows.sql("select value || ' v' || version || case when deleted then ' deleted' else '' end from mark where id = ?")
			.param(mark).query(String.class).single()).isEqualTo("3 v2 deleted");
	}

	@Test
	void aFailedPollAppliedAgainOneByOneWritesNothingPastTheFailingEvent() {
		UUID kept = UUID.randomUUID();
		UUID forged = UUID.randomUUID();
		UUID after = UUID.randomUUID();

		assertThatThrownBy(() -> events.onJournal(List.of(posted(kept, "3", 1, "Математика"), corrected(forged, "5", Long.MAX_VALUE),
				posted(after, "4", 1, "Математика"))))
			.isInstanceOf(BatchListenerFailedException.class)
			.satisfies(ex -> assertThat(((BatchListenerFailedException) ex).getIndex()).isEqualTo(1));

		assertThat(shown(kept)).isEqualTo("3 v1");
		assertThat(shown(forged)).isNull();
		assertThat(shown(after)).as("after the failing event: left for the error handler's retry").isNull();
	}

	private String shown(UUID mark) {
		return rows.sql("select value || ' v' || version from mark where id = ? and not deleted").param(mark)
			.query(String.class).optional().orElse(null);
	}

	private String subjectName() {
		return rows.sql("select name from subject where id = ?").param(subject).query(String.class).single();
	}

	private ConsumerRecord<String, String> posted(UUID mark, String value, long version, String subjectName) {
		Map<String, Object> data = markData(mark, value, subjectName);
		data.put("enteredAt", "2026-11-23T09:41:12Z");
		data.put("onTime", true);
		return record(mark, "journal.mark.posted", version, data);
	}

	private ConsumerRecord<String, String> corrected(UUID mark, String value, long version) {
		Map<String, Object> data = markData(mark, value, "Математика");
		data.put("correctedAt", Instant.now().toString());
		data.put("correctedBy", UUID.randomUUID());
		data.put("reason", "Ошибка ввода");
		return record(mark, "journal.mark.corrected", version, data);
	}

	private ConsumerRecord<String, String> deleted(UUID mark, long version) {
		return record(mark, "journal.mark.deleted", version, Map.of("markId", mark, "studentId", student, "schoolId", school,
				"deletedAt", Instant.now().toString(), "deletedBy", UUID.randomUUID(), "reason", "Ошибка ввода"));
	}

	private Map<String, Object> markData(UUID mark, String value, String subjectName) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.putAll(Map.of("markId", mark, "studentId", student, "schoolId", school, "classGroupId", UUID.randomUUID(),
				"subjectId", subject, "subjectName", subjectName, "teacherId", UUID.randomUUID(), "value", value, "numericValue",
				Integer.parseInt(value), "scale", "five-point"));
		data.putAll(Map.of("workType", "written", "weight", 1, "workDate", "2026-11-23"));
		return data;
	}

	private ConsumerRecord<String, String> record(UUID mark, String type, long version, Map<String, Object> data) {
		return new ConsumerRecord<>(TOPIC, 0, offset++, student.toString(),
				Envelopes.envelope(UUID.randomUUID(), "/ejd/journal-service", type, mark.toString(), school, version, data));
	}
}
