package org.ejd.journal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.ejd.journal.JournalIT;
import org.ejd.journal.StatementLog;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A school's roster import sends identity's events in bursts, some 125 for a class (ADR 0109): the journal applies what
 * one poll brings in one transaction, with the inbox's bookkeeping for all of them, instead of a transaction each.
 */
class IdentityBurstIT extends JournalIT {

	private static final int STUDENTS = 40;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBurstOfRegisteredStudentsIsAppliedATransactionAPollNotOneAStudent() {
		UUID schoolId = UUID.randomUUID();
		List<UUID> students = Stream.generate(UUID::randomUUID).limit(STUDENTS).toList();
		MessageListenerContainer container = java.util.Objects.requireNonNull(listeners.getListenerContainer("journal-identity"));
		// the burst waits in the topic, so that the listener's next poll takes it whole
		container.pause();
		Eventually.until(container::isContainerPaused, paused -> paused, Duration.ofSeconds(30));
		try {
			for (UUID student : students) {
				publish("identity.persons.v1", "identity.student.registered", student, schoolId, Map.of("personId", student,
						"schoolId", schoolId, "lastName", "Смирнова", "firstName", "Анна", "birthDate", "2015-09-01"));
			}
			StatementLog.clear();
		}
		finally {
			container.resume();
		}

		Eventually.until(() -> jdbc.sql("select count(*) from known_student where school_id = ?").param(schoolId)
			.query(Integer.class).single(), n -> n == STUDENTS, Duration.ofSeconds(30));
		List<List<String>> transactions = StatementLog.borrows().stream()
			.filter(sent -> sent.stream().anyMatch(sql -> sql.startsWith("insert into known_student")))
			.toList();
		assertThat(transactions).as("transactions that wrote the students").hasSizeBetween(1, 3);
		assertThat(transactions.stream().flatMap(List::stream).filter(sql -> sql.startsWith("insert into known_student")))
			.as("each student is still written").hasSize(STUDENTS);
		assertThat(transactions.stream().flatMap(List::stream).filter(sql -> sql.contains("processed_event")))
			.as("the inbox marks a poll's events handled at once").hasSizeBetween(1, 3);
	}
}
