package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * docs/adr/0059: an event whose version no genuine producer could have written (here journal-service's own Kafka user, so
 * the broker's ACLs let it through) goes to the dead-letter topic with the reason, and the next genuine event still applies.
 */
class DiaryImplausibleVersionsIT extends DiaryIT {

	@Autowired
	JdbcClient jdbc;

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	@Test
	void aCorrectionWithAnImplausibleVersionIsADeadLetterAndTheNextGenuineCorrectionStillApplies() {
		UUID markId = UUID.randomUUID();
		String key = student.toString();
		sendAsJournal(key, Envelopes.envelope("/ejd/journal-service", "journal.mark.posted", markId.toString(), school, 1,
				markData(markId, student, school, "3")));
		UUID forged = UUID.randomUUID();
		sendAsJournal(key, Envelopes.envelope(forged, "/ejd/journal-service", "journal.mark.corrected", markId.toString(), school,
				Long.MAX_VALUE, correction(markId, "2")));
		sendAsJournal(key, Envelopes.envelope("/ejd/journal-service", "journal.mark.corrected", markId.toString(), school, 2,
				correction(markId, "5")));

		// at once: retries would hold it for ejd.kafka.retry-max-elapsed (30 s) before the dead-letter topic
		ConsumerRecord<String, String> dead = EventProbe.await("journal.marks.v1.dlt", r -> r.value().contains(forged.toString()),
				Duration.ofSeconds(25));
		assertThat(header(dead, "kafka_dlt-exception-message")).contains("implausible version " + Long.MAX_VALUE)
			.contains("a sequence jumps at most 1000 over the highest version kept (0)"); // a first version is not kept (ADR 0099)
		assertThat(Eventually.until(() -> value(markId), "5"::equals, Duration.ofSeconds(60)))
			.as("the genuine version 2 applies: the forged one was never taken as the mark's version").isEqualTo("5");
		assertThat(jdbc.sql("select count(*) from processed_event where event_id = ?").param(forged).query(Integer.class).single())
			.as("never applied, so never marked as handled").isZero();
	}

	private Map<String, Object> correction(UUID markId, String value) {
		Map<String, Object> data = new HashMap<>(markData(markId, student, school, value));
		data.remove("enteredAt");
		data.remove("onTime");
		data.put("correctedAt", Instant.now().toString());
		data.put("correctedBy", UUID.randomUUID());
		data.put("reason", "Ошибка ввода");
		return data;
	}

	private String value(UUID markId) {
		return jdbc.sql("select value from diary_mark where mark_id = ?").param(markId).query(String.class).optional().orElse("");
	}

	/** As the journal writes its topic: with journal-service's own Kafka user, which the ACLs allow on journal.marks.v1. */
	private static void sendAsJournal(String key, String envelope) {
		Map<String, Object> properties = new HashMap<>(RealServers.kafka().clientProperties("journal-service"));
		properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafka().bootstrapServers());
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		properties.put(ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
			producer.send(new ProducerRecord<>("journal.marks.v1", key, envelope)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot send as journal-service", ex);
		}
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		var header = record.headers().lastHeader(name);
		return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
	}
}
