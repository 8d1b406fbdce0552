package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.ConsumerGroupRewind;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.LogicalBackup;
import org.ejd.testkit.RealServers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The runbook's restore of a reader (docs/operations.md, "Backup and restore"): a logical backup of the diary's
 * database, more marks, the database wiped and restored, the consumer groups rewound to before the backup's point; the
 * read model catches up with nothing lost (what came after the backup is back) and nothing twice (what the backup
 * already held is skipped by the inbox).
 */
class DiaryBackupRestoreIT extends DiaryIT {

	/** How far before the backup's point the groups are rewound: longer than any consumer lag, as the runbook says. */
	static final Duration REWIND_MARGIN = Duration.ofMinutes(1);

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	JdbcClient jdbc;

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	@Test
	void aRestoredDiaryReplaysTheTopicsFromTheBackupsPointWithNothingLostAndNothingTwice() throws java.sql.SQLException {
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID third = UUID.randomUUID();
		mark("journal.mark.posted", first, 1, markData(first, student, school, "3"));
		mark("journal.mark.corrected", first, 2, correction(first, "4"));
		mark("journal.mark.posted", second, 1, markData(second, student, school, "5"));
		String mother = token("guardian", guardian, school);
		String marksPath = "/api/diary/students/" + student + "/marks";
		Response backedUp = Eventually.until(() -> api().get(marksPath, mother),
				r -> r.status() == 200 && r.json().size() == 2 && r.body().contains("\"value\":\"4\"") && r.body().contains("\"value\":\"5\""),
				Duration.ofSeconds(30));

		LogicalBackup backup = LogicalBackup.take(dataSource);
		assertThat(backup.rowCounts().get("diary_mark")).isGreaterThanOrEqualTo(2);

		mark("journal.mark.posted", third, 1, markData(third, student, school, "2"));
		mark("journal.mark.corrected", second, 2, correction(second, "4"));
		mark("journal.mark.deleted", first, 3, Map.of("markId", first, "studentId", student, "schoolId", school,
				"deletedAt", Instant.now().toString(), "deletedBy", UUID.randomUUID(), "reason", "Не тому ученику"));
		Response before = Eventually.until(() -> api().get(marksPath, mother),
				r -> r.status() == 200 && r.json().size() == 2 && r.body().contains(third.toString()) && !r.body().contains(first.toString())
						&& !r.body().contains("\"value\":\"5\""),
				Duration.ofSeconds(30));
		Map<String, Integer> rowsBefore = rowsOfTheStudent();
		assertThat(rowsBefore).containsEntry("mark_change", 3).containsEntry("diary_mark", 3);

		List<MessageListenerContainer> containers = new ArrayList<>(listeners.getListenerContainers());
		// the containers start after readiness (docs/adr/0092): all of them, before the stop that rewinding needs
		Eventually.until(() -> containers.stream().allMatch(MessageListenerContainer::isRunning), all -> all,
				Duration.ofSeconds(30));
		listeners.stop();
		wipe();
		flyway.migrate();
		backup.restoreInto(dataSource);
		dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		assertThat(api().get(marksPath, mother).body()).as("the restore alone shows the backup's point")
			.isEqualTo(backedUp.body());

		Instant point = backup.takenAt().minus(REWIND_MARGIN);
		for (MessageListenerContainer container : containers) {
			ConsumerGroupRewind.rewind(RealServers.kafka().superUserProperties(), container.getGroupId(),
					List.of(container.getContainerProperties().getTopics()), point);
		}
		listeners.start();

		Response after = Eventually.until(() -> api().get(marksPath, mother), r -> r.status() == 200 && r.body().equals(before.body()),
				Duration.ofSeconds(60));
		assertThat(after.headers().get("etag")).isEqualTo(before.headers().get("etag"));
		assertThat(rowsOfTheStudent()).as("the events the backup already held were replayed and skipped, the later ones applied once")
			.isEqualTo(rowsBefore);
	}

	private void mark(String type, UUID markId, long version, Map<String, Object> data) {
		send("journal.marks.v1", student.toString(),
				Envelopes.envelope("/ejd/journal-service", type, markId.toString(), school, version, data));
	}

	private Map<String, Object> correction(UUID markId, String value) {
		Map<String, Object> correction = markData(markId, student, school, value);
		correction.remove("enteredAt");
		correction.remove("onTime");
		correction.put("correctedAt", Instant.now().toString());
		correction.put("correctedBy", UUID.randomUUID());
		correction.put("reason", "Ошибка ввода");
		return correction;
	}

	/** Rows the student's events wrote: marks (deleted ones flagged), their history, and the change feed's entries. */
	private Map<String, Integer> rowsOfTheStudent() {
		Map<String, Integer> rows = new HashMap<>();
		for (String table : List.of("diary_mark", "mark_change", "feed_change", "representation", "student")) {
			String column = table.equals("student") ? "id" : "student_id";
			rows.put(table, jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(student)
				.query(Integer.class).single());
		}
		return rows;
	}

	/** The database as an operator finds it after losing it: not a table left. */
	private void wipe() {
		String schema = jdbc.sql("select current_schema()").query(String.class).single();
		jdbc.sql("drop schema \"" + schema + "\" cascade").update();
		jdbc.sql("create schema \"" + schema + "\"").update();
	}
}
