package org.ejd.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A send's callback, and so whatever waits on KafkaTemplate's future (the outbox's completion update), runs on a thread of
 * its own, not on the producer's I/O thread that completes the send (docs/adr/0074); against the real broker.
 */
class CallbacksOffTheSenderIT {

	private static final String TOPIC = "platform.callbacks-" + UUID.randomUUID();

	@BeforeAll
	static void topic() throws Exception {
		try (Admin admin = Admin.create(new HashMap<String, Object>(RealServers.kafka().superUserProperties()))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void aSendsCallbackRunsOnAVirtualThreadNotOnTheProducersIoThread() throws Exception {
		try (var callbacks = new CallbacksOffTheSender<String, String>(); KafkaProducer<String, String> kafka = producer(Map.of())) {
			Producer<String, String> producer = callbacks.apply(kafka);
			var ranOn = new CompletableFuture<Thread>();
			var acknowledged = new CompletableFuture<RecordMetadata>();
			producer.send(new ProducerRecord<>(TOPIC, "student", "{}"), (metadata, exception) -> {
				ranOn.complete(Thread.currentThread());
				acknowledged.complete(metadata);
			});

			Thread thread = ranOn.get(15, TimeUnit.SECONDS);
			assertThat(thread.isVirtual()).isTrue();
			assertThat(thread.getName()).startsWith("kafka-callback-");
			assertThat(acknowledged.get(5, TimeUnit.SECONDS).topic()).isEqualTo(TOPIC);
			assertThat(acknowledged.get().offset()).isNotNegative();
		}
	}

	@Test
	void aFailedSendStillReachesItsCallbackWithTheFailure() throws Exception {
		try (var callbacks = new CallbacksOffTheSender<String, String>();
				KafkaProducer<String, String> kafka = producer(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1024))) {
			Producer<String, String> producer = callbacks.apply(kafka);
			var failure = new CompletableFuture<Exception>();
			var ranOn = new CompletableFuture<Thread>();
			producer.send(new ProducerRecord<>(TOPIC, "student", "x".repeat(4096)), (metadata, exception) -> {
				ranOn.complete(Thread.currentThread());
				failure.complete(exception);
			});

			assertThat(failure.get(15, TimeUnit.SECONDS)).isInstanceOf(RecordTooLargeException.class);
			assertThat(ranOn.get().isVirtual()).isTrue();
		}
	}

	@Test
	void afterTheCloseACallbackRunsWhereKafkaCallsIt() throws Exception {
		try (KafkaProducer<String, String> kafka = producer(Map.of())) {
			var callbacks = new CallbacksOffTheSender<String, String>();
			Producer<String, String> producer = callbacks.apply(kafka);
			callbacks.close();
			var ranOn = new CompletableFuture<Thread>();
			producer.send(new ProducerRecord<>(TOPIC, "student", "{}"), (metadata, exception) -> ranOn.complete(Thread.currentThread()));

			Thread thread = ranOn.get(15, TimeUnit.SECONDS);
			assertThat(thread.isVirtual()).isFalse();
			assertThat(thread.getName()).startsWith("kafka-producer-network-thread");
		}
	}

	@Test
	void everythingButTheCallbackGoesToTheProducerAsIs() throws Exception {
		try (var callbacks = new CallbacksOffTheSender<String, String>(); KafkaProducer<String, String> kafka = producer(Map.of())) {
			Producer<String, String> producer = callbacks.apply(kafka);
			RecordMetadata sent = producer.send(new ProducerRecord<>(TOPIC, "student", "{}")).get(15, TimeUnit.SECONDS);

			assertThat(sent.topic()).isEqualTo(TOPIC);
			assertThat(producer.partitionsFor(TOPIC)).isEqualTo(kafka.partitionsFor(TOPIC));
		}
	}

	private static KafkaProducer<String, String> producer(Map<String, Object> extra) {
		Map<String, Object> properties = new HashMap<String, Object>(RealServers.kafka().superUserProperties());
		properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10000);
		properties.putAll(extra);
		return new KafkaProducer<>(properties);
	}
}
