package org.ejd.diary.marks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.diary.DiaryIT;
import org.ejd.testkit.Envelopes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The marks consumer keeps a poll's new and corrected states and upserts them in one JDBC batch before the commit
 * (ADR 0083): the diary ends as if each event had been applied at once, in order, and a failed poll applied again one
 * by one writes nothing the failed attempt had kept.
 */
class JournalMarkEventsIT extends DiaryIT {

	private static final String TOPIC = "journal.marks.v1";

	@Autowired
	JournalMarkEvents events;

	@Autowired
	JdbcClient jdbc;

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	long offset;

	@Test
	void aPollsMarksAreUpsertedTogetherInTheirOrderAndACorrectionKeepsTheValueShownBeforeIt() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();

		events.on(List.of(posted(first, "3", 1), corrected(first, "4", 2), posted(second, "5", 1), corrected(second, "2", 2),
				corrected(first, "5", 3)));

		assertThat(shown(first)).isEqualTo("5 v3");
		assertThat(shown(second)).isEqualTo("2 v2");
		assertThat(changes(first)).as("each correction read the value its own event replaced").containsExactly("3 → 4", "4 → 5");
		assertThat(changes(second)).containsExactly("5 → 2");
	}

	@Test
	void aRepeatedOrLateStateInThePollDoesNotOverwriteANewerOne() {
		UUID mark = UUID.randomUUID();

		events.on(List.of(posted(mark, "3", 1), corrected(mark, "4", 2)));
		events.on(List.of(posted(mark, "3", 1)));

		assertThat(shown(mark)).isEqualTo("4 v2");
	}

	/** One statement upserts a poll's states (ADR 0096), and a statement may not update a row twice. */
	@Test
	void twoStatesOfOneMarkWaitingInOnePollLeaveTheHigherVersionInEitherOrder() {
		UUID later = UUID.randomUUID();
		UUID earlier = UUID.randomUUID();

		events.on(List.of(posted(later, "3", 1), posted(earlier, "4", 2), posted(later, "5", 3), posted(earlier, "2", 1)));

		assertThat(shown(later)).isEqualTo("5 v3");
		assertThat(shown(earlier)).isEqualTo("4 v2");
	}

	@Test
	void aFailedPollAppliedAgainOneByOneWritesNothingPastTheFailingEvent() {
		UUID kept = UUID.randomUUID();
		UUID forged = UUID.randomUUID();
		UUID after = UUID.randomUUID();

		assertThatThrownBy(() -> events.on(List.of(posted(kept, "3", 1), corrected(forged, "5", Long.MAX_VALUE),
				posted(after, "4", 1))))
			.isInstanceOf(BatchListenerFailedException.class)
			.satisfies(ex -> assertThat(((BatchListenerFailedException) ex).getIndex()).isEqualTo(1));

		assertThat(shown(kept)).isEqualTo("3 v1");
		assertThat(shown(forged)).isNull();
		assertThat(shown(after)).as("after the failing event: left for the error handler's retry").isNull();
	}

	private String shown(UUID mark) {
		return jdbc.sql("select value || ' v' || version from diary_mark where mark_id = ? and not deleted").param(mark)
			.query(String.class).optional().orElse(null);
	}

	private List<String> changes(UUID mark) {
		return jdbc.sql("select old_value || ' → ' || new_value from mark_change where mark_id = ? order by version").param(mark)
			.query(String.class).list();
	}

	private ConsumerRecord<String, String> posted(UUID mark, String value, long version) {
		return record(mark, "journal.mark.posted", version, markData(mark, student, school, value));
	}

	private ConsumerRecord<String, String> corrected(UUID mark, String value, long version) {
		Map<String, Object> data = markData(mark, student, school, value);
		data.remove("enteredAt");
		data.remove("onTime");
		data.put("correctedAt", Instant.now().toString());
		data.put("correctedBy", UUID.randomUUID());
		data.put("reason", "Ошибка ввода");
		return record(mark, "journal.mark.corrected", version, data);
	}

	private ConsumerRecord<String, String> record(UUID mark, String type, long version, Map<String, Object> data) {
		return new ConsumerRecord<>(TOPIC, 0, offset++, student.toString(),
				Envelopes.envelope(UUID.randomUUID(), "/ejd/journal-service", type, mark.toString(), school, version, data));
	}
}
