package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.ejd.testkit.Envelopes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The inbox's batch path (ADR 0070) on the real database: a poll's events are marked handled, version-checked and applied
 * with three statements in one transaction, and still each event is applied once, in order, and an implausible version
 * keeps the events before it and names itself to the error handler.
 */
class DiaryInboxBatchIT extends DiaryIT {

	private static final String TOPIC = "journal.marks.v1";

	@Autowired
	EventInbox inbox;

	@Autowired
	JdbcClient jdbc;

	final String consumer = "test.batch." + UUID.randomUUID();

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID markId = UUID.randomUUID();

	final List<UUID> applied = new CopyOnWriteArrayList<>();

	final List<Long> transactions = new CopyOnWriteArrayList<>();

	@Test
	void aPollIsAppliedInOneTransactionEachEventOnceAndADuplicateInsideThePollIsSkipped() {
		UUID posted = UUID.randomUUID();
		UUID corrected = UUID.randomUUID();
		inbox.receiveAll(consumer, List.of(record(0, posted, "journal.mark.posted", 1), record(1, corrected, "journal.mark.corrected", 2),
				record(2, posted, "journal.mark.posted", 1)), this::handle);

		assertThat(applied).containsExactly(posted, corrected);
		assertThat(Set.copyOf(transactions)).as("one transaction for the poll, not the one-by-one fallback").hasSize(1);
		assertThat(handled()).containsExactlyInAnyOrder(posted, corrected);
		assertThat(appliedVersion()).isEqualTo(2L);

		UUID again = UUID.randomUUID();
		inbox.receiveAll(consumer, List.of(record(3, corrected, "journal.mark.corrected", 2),
				record(4, again, "journal.mark.corrected", 3)), this::handle);
		assertThat(applied).as("a redelivered event is not applied again").containsExactly(posted, corrected, again);
		assertThat(appliedVersion()).isEqualTo(3L);
	}

	@Test
	void anImplausibleVersionInAPollKeepsTheEventsBeforeItAndIsNamedToTheErrorHandler() {
		UUID posted = UUID.randomUUID();
		UUID forged = UUID.randomUUID();
		UUID after = UUID.randomUUID();
		List<ConsumerRecord<?, String>> poll = new ArrayList<>(List.of(record(0, posted, "journal.mark.posted", 1),
				record(1, forged, "journal.mark.corrected", Long.MAX_VALUE), record(2, after, "journal.mark.corrected", 2)));

		assertThatThrownBy(() -> inbox.receiveAll(consumer, poll, this::handle)).isInstanceOf(BatchListenerFailedException.class)
			.satisfies(ex -> assertThat(((BatchListenerFailedException) ex).getIndex()).isEqualTo(1));
		assertThat(handled()).as("the batch was rolled back; one by one, the event before the forged one is kept")
			.containsExactly(posted);
		assertThat(appliedVersion()).as("a first version is not kept (ADR 0099)").isZero();
	}

	@Test
	void aPollOfFirstVersionsNeitherReadsNorWritesTheLedgerOfAppliedVersions() {
		List<UUID> marks = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		List<ConsumerRecord<?, String>> poll = new ArrayList<>();
		for (int i = 0; i < marks.size(); i++) {
			poll.add(record(i, UUID.randomUUID(), marks.get(i), "journal.mark.posted", 1));
		}
		inbox.receiveAll(consumer, poll, this::handle);

		assertThat(applied).hasSize(3);
		assertThat(jdbc.sql("select count(*) from applied_version where consumer = ?").param(consumer).query(Integer.class).single())
			.as("three new marks: nothing to keep, a first version bounds nothing").isZero();
		assertThat(jdbc.sql("select count(*) from processed_event where consumer = ?").param(consumer).query(Integer.class).single())
			.isEqualTo(3);

		UUID forged = UUID.randomUUID();
		assertThatThrownBy(() -> inbox.receiveAll(consumer, List.of(record(3, forged, marks.getFirst(), "journal.mark.corrected", 1_001)),
				this::handle)).as("one more than the jump over a first version not kept").isInstanceOf(BatchListenerFailedException.class);
		inbox.receiveAll(consumer, List.of(record(4, UUID.randomUUID(), marks.getFirst(), "journal.mark.corrected", 1_000)), this::handle);
		assertThat(jdbc.sql("select version from applied_version where consumer = ? and subject = ?")
			.params(consumer, marks.getFirst().toString()).query(Long.class).single()).isEqualTo(1_000L);
	}

	private void handle(ReceivedEvent event) {
		applied.add(event.id());
		transactions.add(jdbc.sql("select txid_current()").query(Long.class).single());
	}

	private List<UUID> handled() {
		return jdbc.sql("select event_id from processed_event where consumer = ?").param(consumer).query(UUID.class).list();
	}

	private Long appliedVersion() {
		return jdbc.sql("select version from applied_version where consumer = ? and topic = ? and subject = ?")
			.params(consumer, TOPIC, markId.toString()).query(Long.class).optional().orElse(0L);
	}

	private ConsumerRecord<String, String> record(long offset, UUID eventId, String type, long version) {
		return record(offset, eventId, markId, type, version);
	}

	private ConsumerRecord<String, String> record(long offset, UUID eventId, UUID markId, String type, long version) {
		Map<String, Object> data = new HashMap<>(markData(markId, student, school, "4"));
		if (type.endsWith("corrected")) {
			data.remove("enteredAt");
			data.remove("onTime");
			data.put("correctedAt", Instant.now().toString());
			data.put("correctedBy", UUID.randomUUID());
			data.put("reason", "Ошибка ввода");
		}
		return new ConsumerRecord<>(TOPIC, 0, offset, student.toString(),
				Envelopes.envelope(eventId, "/ejd/journal-service", type, markId.toString(), school, version, data));
	}
}
